// The regions module's face: what other modules may use. Everything else in this folder is private.
export { createRegionDirect } from './regions.fixtures.js'
export { findRegion, findTopRegion, listAncestors, type Region, type RegionType, searchRegions, SUBTREE_END, withinSubtree } from './regions.queries.js'
export { createRegion, ensureTopRegion, getRegionInScope, regionChildren, updateRegion } from './regions.service.js'
