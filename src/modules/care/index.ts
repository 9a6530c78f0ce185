import type { LianfangModule } from '../module.js'
import { careMigrations } from './care.migrations.js'
import { careRoutes } from './care.routes.js'
import { makeCareRequest } from './care.fixtures.js'

export { careCounts } from './care.queries.js'
export { requestCareForPerson } from './care.service.js'

export const careModule: LianfangModule = {
  name: 'care',
  migrations: careMigrations,
  routes: careRoutes,
  samples: { care_request: async (db, regionId) => (await makeCareRequest(db, regionId)).id },
}
