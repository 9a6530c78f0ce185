import type { LianfangModule } from '../../core/module.js'
import { regionsMigrations } from './regions.migrations.js'
import { regionsRoutes } from './regions.routes.js'

export const regionsModule: LianfangModule = {
  name: 'regions',
  migrations: regionsMigrations,
  routes: regionsRoutes,
}
