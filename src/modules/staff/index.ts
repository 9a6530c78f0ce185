import { randomUUID } from 'node:crypto'
import type { LianfangModule } from '../module.js'
import { staffMigrations } from './staff.migrations.js'
import { staffRoutes } from './staff.routes.js'

export { staffCounts } from './staff.queries.js'

export const staffModule: LianfangModule = {
  name: 'staff',
  migrations: staffMigrations,
  routes: staffRoutes,
  samples: {
    staff: async (db, regionId) => {
      const id = randomUUID()
      await db
        .insertInto('staff_member')
        .values({
          id,
          region_id: regionId,
          kind: 'volunteer',
          name: '志愿者',
          unit: null,
          phone_enc: null,
          phone_masked: null,
          user_id: null,
          joined_on: '2020-01-25',
          created_at: new Date().toISOString(),
        })
        .execute()
      return id
    },
    team: async (db, regionId) => {
      const id = randomUUID()
      await db
        .insertInto('team')
        .values({
          id,
          region_id: regionId,
          name: `组-${id.slice(0, 6)}`,
          created_at: new Date().toISOString(),
        })
        .execute()
      return id
    },
  },
}
