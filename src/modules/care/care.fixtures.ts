// Test and sample helpers: a care request for a new household, made by the system.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { systemActor } from '../../core/actor.js'
import { makePerson } from '../people/people.fixtures.js'
import { findRegion } from '../regions/index.js'
import { openCareRequest } from './care.service.js'
import type { UploadedFile } from './care.schema.js'

export async function makeCareRequest(
  db: Db,
  regionId: string,
  opts: { dataDir?: string; file?: UploadedFile } = {},
) {
  const region = (await findRegion(db, regionId))!
  const person = await makePerson(db, regionId)
  const actor = systemActor(region.id, region.path)
  return openCareRequest(
    db,
    actor,
    { householdId: person.householdId!, kind: 'shopping', items: '大米 5 斤，青菜', file: opts.file },
    { dataDir: opts.dataDir ?? '/tmp/lianfang-test-data', timeZone: 'Asia/Shanghai' },
  )
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  care_request: async (db, regionId) => (await makeCareRequest(db, regionId)).id,
  /** with study materials attached: the file is in the test app's data folder */
  care_request_with_file: async (db, regionId, { dataDir }) => {
    const file = {
      name: '学习资料.txt',
      contentType: 'text/plain' as const,
      data: Buffer.from('第一课').toString('base64'),
    }
    return (await makeCareRequest(db, regionId, { dataDir, file })).id
  },
  /** assigned to the walking account: a volunteer delivers only what is theirs (CARE_NOT_ASSIGNEE) */
  assigned_care_request: async (db, regionId, { actor }) => {
    const { id } = await makeCareRequest(db, regionId)
    if (actor)
      await db
        .updateTable('care_request')
        .set({ assignee_id: actor.userId, status: 'assigned', updated_at: nowIso() })
        .where('id', '=', id)
        .execute()
    return id
  },
}
