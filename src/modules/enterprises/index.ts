// 复工企业新员工排查: enterprises, their liaison accounts, new hires with colours and alerts.
import type { LianfangModule } from '../module.js'
import { on } from '../../events.js'
import { enterprisesMigrations } from './enterprises.migrations.js'
import { enterprisesRoutes } from './enterprises.routes.js'
import { makeEnterprise, makeHire } from './enterprises.fixtures.js'
import { checkHiresOf } from './alerts.service.js'

// A declaration, a key-person filing or a manual change may turn a hire yellow or red.
on('person.changed', async (db, { personId }) => {
  await checkHiresOf(db, personId)
})

export const enterprisesModule: LianfangModule = {
  name: 'enterprises',
  migrations: enterprisesMigrations,
  routes: enterprisesRoutes,
  samples: { enterprise: makeEnterprise, enterprise_hire: makeHire },
}
