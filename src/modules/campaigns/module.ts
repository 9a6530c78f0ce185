// 排查行动: building sweeps (扫楼) and phone screening (电话排查); counts for the situation report.
import type { LianfangModule } from '../../core/module.js'
import { campaignsMigrations } from './campaigns.migrations.js'
import { campaignsRoutes } from './campaigns.routes.js'
import { rebuildScreeningCounts } from './day-counts.js'
import { callsRoutes } from './calls.routes.js'

export const campaignsModule: LianfangModule = {
  name: 'campaigns',
  migrations: campaignsMigrations,
  routes: (app) => {
    campaignsRoutes(app)
    callsRoutes(app)
  },
  extend: (registry) => registry.dayCounts('campaigns', rebuildScreeningCounts),
}
