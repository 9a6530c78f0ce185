// The regions module's face: what other modules may use. Everything else in this folder is private.
export {
  findRegion,
  findTopRegion,
  listAncestors,
  type Region,
  type RegionType,
  searchRegions,
} from './regions.queries.js'
export {
  createRegion,
  ensureTopRegion,
  getRegionInScope,
  regionChildren,
  updateRegion,
} from './regions.service.js'
