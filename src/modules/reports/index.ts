// The reports module's face: what other modules may use. Everything else in this folder is private.
export { situationReport, type SituationReport } from './report.service.js'
export { reportForCli } from './report.cli.js'
export { situationTrends } from './trends.service.js'
export { rebuildAllCounts } from './rebuild.js'
