// 复工企业新员工排查: enterprises, their liaison accounts, new hires with colours and alerts.
import type { LianfangModule } from '../../core/module.js'
import { enterprisesMigrations } from './enterprises.migrations.js'
import { enterprisesRoutes } from './enterprises.routes.js'
import { checkHiresOf } from './alerts.service.js'

export const enterprisesModule: LianfangModule = {
  name: 'enterprises',
  migrations: enterprisesMigrations,
  routes: enterprisesRoutes,
  extend: (registry) => {
    // A declaration, a key-person filing or a manual change may turn a hire yellow or red.
    registry.on('person.changed', async (db, { personId }) => {
      await checkHiresOf(db, personId)
    })
  },
}
