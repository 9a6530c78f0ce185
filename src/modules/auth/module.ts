import type { LianfangModule } from '../../core/module.js'
import { authMigrations } from './auth.migrations.js'
import { authRoutes } from './auth.routes.js'
import { activationRoutes } from './activation.routes.js'

export const authModule: LianfangModule = {
  name: 'auth',
  migrations: authMigrations,
  routes: (app) => {
    authRoutes(app)
    activationRoutes(app)
  },
}
