// The risk-areas module's face: what other modules may use. Everything else in this folder is private.
export { keyPersonCounts } from './counts.js'
export { createRiskArea, fileKeyPersonForTravel, matchTravel, type Travel } from './risk-areas.service.js'
export { keyPersonDayTotals } from './day-counts.js'
