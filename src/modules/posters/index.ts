// 场所码与海报: place codes and the printable posters that carry them.
import type { LianfangModule } from '../module.js'
import { postersMigrations } from './posters.migrations.js'
import { postersRoutes } from './posters.routes.js'

export { ensurePlaceCode, ensureRegionPlace, resolvePlace } from './places.service.js'

export const postersModule: LianfangModule = {
  name: 'posters',
  migrations: postersMigrations,
  routes: postersRoutes,
}
