// 社工服务: agencies, social workers and their service records by channel.
import { rebuildSocialWorkCounts } from './day-counts.js'
import type { LianfangModule } from '../../core/module.js'
import { socialWorkMigrations } from './social-work.migrations.js'
import { socialWorkRoutes } from './social-work.routes.js'

export const socialWorkModule: LianfangModule = {
  name: 'social-work',
  migrations: socialWorkMigrations,
  routes: socialWorkRoutes,
  extend: (registry) => registry.dayCounts('social-work', rebuildSocialWorkCounts),
}
