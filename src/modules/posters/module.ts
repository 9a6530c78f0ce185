// 场所码与海报: place codes and the printable posters that carry them.
import type { LianfangModule } from '../../core/module.js'
import { postersMigrations } from './posters.migrations.js'
import { postersRoutes } from './posters.routes.js'

export const postersModule: LianfangModule = {
  name: 'posters',
  migrations: postersMigrations,
  routes: postersRoutes,
}
