// Test and sample helpers: a care request for a new household, made by the system.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { systemActor } from '../../core/actor.js'
import { makePerson } from '../people/people.fixtures.js'
import { findRegion } from '../regions/index.js'
import { openCareRequest } from './care.service.js'

export async function makeCareRequest(db: Db, regionId: string) {
  const region = (await findRegion(db, regionId))!
  const person = await makePerson(db, regionId)
  const actor = systemActor(region.id, region.path)
  return openCareRequest(
    db,
    actor,
    { householdId: person.householdId!, kind: 'shopping', items: '大米 5 斤，青菜' },
    { dataDir: '/tmp/lianfang-test-data', timeZone: 'Asia/Shanghai' },
  )
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  care_request: async (db, regionId) => (await makeCareRequest(db, regionId)).id,
}
