// The passages module's face: what other modules may use. Everything else in this folder is private.
export { PassageInputSchema } from './passages.schema.js'
export { recordBatch } from './passages.service.js'
export { type PassageInput } from './passages.schema.js'
export { DEFAULT_PASSAGE_SETTINGS, type PassageSettings } from './settings.js'
export { passageCounts } from './daily.js'
export { passagesPerDay, passagesPerHour, type DayCounts } from './trends.js'
export { purgeOldPassages } from './retention.js'
