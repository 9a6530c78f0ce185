// 风险地区与重点人员: risk areas and the key persons filed from travel that matches them.
import type { LianfangModule } from '../../core/module.js'
import { riskAreasMigrations } from './risk-areas.migrations.js'
import { riskAreasRoutes } from './risk-areas.routes.js'
import { rebuildKeyPersonCounts } from './day-counts.js'
import { registerRiskAreaFacts } from './risk-areas.facts.js'

export const riskAreasModule: LianfangModule = {
  name: 'risk-areas',
  migrations: riskAreasMigrations,
  routes: riskAreasRoutes,
  extend: (registry) => {
    registerRiskAreaFacts(registry)
    registry.dayCounts('risk-areas', rebuildKeyPersonCounts)
  },
}
