// The services module's face: what other modules may use. Everything else in this folder is private.
export { addWorker, createAgency } from './agencies.service.js'
export { deleteService, recordService, socialWorkCounts } from './records.service.js'
export { socialWorkDayTotals } from './day-counts.js'
