// Test and sample helpers: enterprises and hires made without an actor.
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { makePerson } from '../people/people.fixtures.js'
import type { HireLink } from './enterprises.queries.js'

export async function makeEnterprise(db: Db, regionId: string, liaisonId: string | null = null) {
  const id = randomUUID()
  const at = nowIso()
  await db
    .insertInto('enterprise')
    .values({
      id,
      region_id: regionId,
      name: `企业-${id.slice(0, 8)}`,
      address: '马尾开发区',
      liaison_id: liaisonId,
      created_at: at,
      updated_at: at,
    })
    .execute()
  return id
}

export async function makeHire(db: Db, regionId: string, link: HireLink = 'linked') {
  const enterpriseId = await makeEnterprise(db, regionId)
  const person = await makePerson(db, regionId)
  const id = randomUUID()
  await db
    .insertInto('enterprise_hire')
    .values({
      id,
      enterprise_id: enterpriseId,
      region_id: regionId,
      person_id: person.id,
      last_colour: null,
      created_by: null,
      created_at: nowIso(),
      link,
      entered_name: person.name,
      decided_by: null,
      decided_at: null,
    })
    .execute()
  return id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  enterprise: makeEnterprise,
  enterprise_hire: (db, regionId) => makeHire(db, regionId),
  enterprise_hire_pending: (db, regionId) => makeHire(db, regionId, 'pending'),
}
