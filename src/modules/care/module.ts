import type { LianfangModule } from '../../core/module.js'
import { rebuildCareCounts } from './day-counts.js'
import { careMigrations } from './care.migrations.js'
import { careRoutes } from './care.routes.js'

export const careModule: LianfangModule = {
  name: 'care',
  migrations: careMigrations,
  routes: careRoutes,
  extend: (registry) => registry.dayCounts('care', rebuildCareCounts),
}
