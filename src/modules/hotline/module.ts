// 心理援助热线: the expert roster with its 24 h coverage view, and call records.
import type { LianfangModule } from '../../core/module.js'
import { hotlineMigrations } from './hotline.migrations.js'
import { hotlineRoutes } from './hotline.routes.js'

export const hotlineModule: LianfangModule = {
  name: 'hotline',
  migrations: hotlineMigrations,
  routes: hotlineRoutes,
}
