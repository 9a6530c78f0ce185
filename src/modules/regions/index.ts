import type { LianfangModule } from '../module.js'
import { regionsMigrations } from './regions.migrations.js'
import { regionsRoutes } from './regions.routes.js'
import { createRegionDirect } from './regions.fixtures.js'

export const regionsModule: LianfangModule = {
  name: 'regions',
  migrations: regionsMigrations,
  routes: regionsRoutes,
  samples: { region: (db, regionId) => createRegionDirect(db, regionId, 'building').then((r) => r.id) },
}
