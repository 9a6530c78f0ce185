// Records of the staff module for tests.
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
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
}
