import type { LianfangModule } from '../module.js'
import { reportsRoutes } from './report.routes.js'
import { reportCli } from './report.cli.js'

export const reportsModule: LianfangModule = { name: 'reports', routes: reportsRoutes, cli: reportCli }
