// 社工服务: agencies, social workers and their service records by channel.
import type { LianfangModule } from '../../core/module.js'
import { servicesMigrations } from './services.migrations.js'
import { servicesRoutes } from './services.routes.js'

export const servicesModule: LianfangModule = {
  name: 'services',
  migrations: servicesMigrations,
  routes: servicesRoutes,
}
