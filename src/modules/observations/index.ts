import type { LianfangModule } from '../module.js'
import type { App } from '../../http/types.js'
import { observationsMigrations } from './observations.migrations.js'
import { observationsRoutes } from './observations.routes.js'
import { alertsRoutes } from './alerts.routes.js'
import { makeAlert, makeObservation } from './observations.fixtures.js'
// answers the passes module's "under_observation" fact
import './colour.fact.js'

export { isUnderObservation, openObservationIdsOf } from './observations.service.js'
export { recordSelfReading } from './readings.service.js'
export { raiseMissedSlotAlerts } from './alerts.service.js'
export { observationCounts } from './counts.js'

export const observationsModule: LianfangModule = {
  name: 'observations',
  migrations: observationsMigrations,
  routes: (app: App) => {
    observationsRoutes(app)
    alertsRoutes(app)
  },
  samples: {
    observation: async (db, regionId) => (await makeObservation(db, regionId)).id,
    observation_alert: makeAlert,
  },
}
