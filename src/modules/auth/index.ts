import type { LianfangModule } from '../module.js'
import { authMigrations } from './auth.migrations.js'
import { authRoutes } from './auth.routes.js'
import { createUserDirect } from './auth.fixtures.js'

export const authModule: LianfangModule = {
  name: 'auth',
  migrations: authMigrations,
  routes: authRoutes,
  samples: {
    user: async (db, regionId) =>
      (await createUserDirect(db, { role: 'community_worker', scopeRegionId: regionId })).id,
  },
}
