import type { LianfangModule } from '../../core/module.js'
import type { App } from '../../core/fastify.js'
import { reportsRoutes } from './report.routes.js'
import { trendsRoutes } from './trends.routes.js'
import { reportCli } from './report.cli.js'

export const reportsModule: LianfangModule = {
  name: 'reports',
  routes: (app: App) => {
    reportsRoutes(app)
    trendsRoutes(app)
  },
  cli: reportCli,
}
