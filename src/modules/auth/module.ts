import type { LianfangModule } from '../../core/module.js'
import { authMigrations } from './auth.migrations.js'
import { authRoutes } from './auth.routes.js'

export const authModule: LianfangModule = {
  name: 'auth',
  migrations: authMigrations,
  routes: authRoutes,
}
