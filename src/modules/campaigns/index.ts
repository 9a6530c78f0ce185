// The campaigns module's face: what other modules may use. Everything else in this folder is private.
export { nextNumber, recordCall } from './caller.service.js'
export { importNumbers, splitCallLists, startSecondRound } from './calls.service.js'
export { type CallOutcome } from './campaigns.queries.js'
export { createCampaign } from './campaigns.service.js'
export { screeningCounts, type ScreeningFigures } from './counts.js'
export { readTable } from './numbers.reader.js'
export { assignSweep, listSweepItems, recordVisit, type VisitInput } from './sweeps.service.js'
export { screeningTotals, type ScreeningTotals } from './totals.js'
