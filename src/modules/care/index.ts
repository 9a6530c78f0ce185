// The care module's face: what other modules may use. Everything else in this folder is private.
export { careCounts, type CareKind } from './care.queries.js'
export {
  assignCareRequest,
  fulfilCareRequest,
  openCareRequest,
  requestCareForPerson,
} from './care.service.js'
export { careDayTotals } from './day-counts.js'
