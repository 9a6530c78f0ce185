// The observations module's face: what other modules may use. Everything else in this folder is private.
export { acknowledgeAlert, closeAlert, listAlerts, raiseMissedSlotAlerts } from './alerts.service.js'
export { observationCounts } from './counts.js'
export { isUnderObservation, openObservation, openObservationIdsOf } from './observations.service.js'
export { recordReading, recordSelfReading } from './readings.service.js'
export { extendObservation, releaseDue } from './release.service.js'
export { DEFAULT_SETTINGS, type ObservationSettings } from './settings.js'
export { alertsPerDay, observationsPerDay } from './trends.js'
export { observedPeople } from './observations.queries.js'
