// The hotline module's face: what other modules may use. Everything else in this folder is private.
export { hotlineCounts, recordCall } from './calls.service.js'
export { type CallCategory, type RiskLevel } from './hotline.queries.js'
export { addHotlineShift } from './roster.service.js'
