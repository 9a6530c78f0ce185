import type { LianfangModule } from '../../core/module.js'
import type { App } from '../../core/fastify.js'
import { observationsMigrations } from './observations.migrations.js'
import { observationsRoutes } from './observations.routes.js'
import { alertsRoutes } from './alerts.routes.js'
import { rebuildObservationCounts } from './day-counts.js'
import { registerObservationFacts } from './observations.facts.js'

export const observationsModule: LianfangModule = {
  name: 'observations',
  migrations: observationsMigrations,
  routes: (app: App) => {
    observationsRoutes(app)
    alertsRoutes(app)
  },
  // answers the colour rules' "under_observation"
  extend: (registry) => {
    registerObservationFacts(registry)
    registry.dayCounts('observations', rebuildObservationCounts)
  },
}
