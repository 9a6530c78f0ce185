// 排查行动: building sweeps (扫楼) and phone screening (电话排查); counts for the situation report.
import type { LianfangModule } from '../module.js'
import { campaignsMigrations } from './campaigns.migrations.js'
import { campaignsRoutes } from './campaigns.routes.js'
import { callsRoutes } from './calls.routes.js'
import { makeCallEntry, makeCampaign, makeSweepItem } from './campaigns.fixtures.js'

export { screeningCounts, type ScreeningFigures } from './counts.js'
export { screeningTotals, type ScreeningTotals } from './totals.js'

export const campaignsModule: LianfangModule = {
  name: 'campaigns',
  migrations: campaignsMigrations,
  routes: (app) => {
    campaignsRoutes(app)
    callsRoutes(app)
  },
  samples: { campaign: makeCampaign, sweep_item: makeSweepItem, call_entry: makeCallEntry },
}
