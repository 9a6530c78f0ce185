// 宣传: notices (draft → approve → publish), the public community page with the daily
// bulletin and Atom feed, printable notices, and the publicity activity log.
import type { LianfangModule } from '../module.js'
import type { App } from '../../http/types.js'
import { publicityMigrations } from './publicity.migrations.js'
import { noticesRoutes } from './notices.routes.js'
import { activityRoutes } from './activity.routes.js'
import { publicRoutes } from './public.routes.js'
import { makeNotice } from './publicity.fixtures.js'

export { publicityCounts } from './activity.service.js'
export { dailyBulletin, type BulletinSource } from './bulletin.js'

export const publicityModule: LianfangModule = {
  name: 'publicity',
  migrations: publicityMigrations,
  routes: (app: App) => {
    noticesRoutes(app)
    activityRoutes(app)
    publicRoutes(app)
  },
  samples: { notice: async (db, regionId) => (await makeNotice(db, regionId)).id },
}
