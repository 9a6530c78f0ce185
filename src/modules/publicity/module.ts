// 宣传: notices (draft → approve → publish), the public community page with the daily
// bulletin and Atom feed, printable notices, and the publicity activity log.
import type { LianfangModule } from '../../core/module.js'
import type { App } from '../../core/fastify.js'
import { publicityMigrations } from './publicity.migrations.js'
import { noticesRoutes } from './notices.routes.js'
import { activityRoutes } from './activity.routes.js'
import { publicRoutes } from './public.routes.js'

export const publicityModule: LianfangModule = {
  name: 'publicity',
  migrations: publicityMigrations,
  routes: (app: App) => {
    noticesRoutes(app)
    activityRoutes(app)
    publicRoutes(app)
  },
}
