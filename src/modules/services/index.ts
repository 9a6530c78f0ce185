// 社工服务: agencies, social workers and their service records by channel.
import type { LianfangModule } from '../module.js'
import { servicesMigrations } from './services.migrations.js'
import { servicesRoutes } from './services.routes.js'
import { makeAgency, makeService } from './services.fixtures.js'

export { socialWorkCounts } from './records.service.js'

export const servicesModule: LianfangModule = {
  name: 'services',
  migrations: servicesMigrations,
  routes: servicesRoutes,
  samples: {
    sw_agency: async (db, regionId) => (await makeAgency(db, regionId)).id,
    sw_service: makeService,
  },
}
