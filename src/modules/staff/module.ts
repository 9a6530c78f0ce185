import type { LianfangModule } from '../../core/module.js'
import { staffMigrations } from './staff.migrations.js'
import { staffRoutes } from './staff.routes.js'

export const staffModule: LianfangModule = {
  name: 'staff',
  migrations: staffMigrations,
  routes: staffRoutes,
}
