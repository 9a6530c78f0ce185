// The posters module's face: what other modules may use. Everything else in this folder is private.
export { ensurePlaceCode, ensureRegionPlace, resolvePlace } from './places.service.js'
