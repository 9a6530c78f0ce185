// 风险地区与重点人员: risk areas and the key persons filed from travel that matches them.
import type { LianfangModule } from '../module.js'
import { riskAreasMigrations } from './risk-areas.migrations.js'
import { riskAreasRoutes } from './risk-areas.routes.js'
import { makeRiskArea } from './risk-areas.fixtures.js'
import './risk-areas.facts.js'

export { fileKeyPersonForTravel, matchTravel, type Travel } from './risk-areas.service.js'

export const riskAreasModule: LianfangModule = {
  name: 'risk-areas',
  migrations: riskAreasMigrations,
  routes: riskAreasRoutes,
  samples: {
    risk_area: async (db) =>
      (await makeRiskArea(db, { name: `样例地区${Math.random().toString(36).slice(2, 6)}` })).id,
  },
}
