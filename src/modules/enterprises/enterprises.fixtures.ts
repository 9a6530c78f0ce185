// Test and sample helpers: enterprises and hires made without an actor.
import type { SampleContext, SampleRequests, Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { makePerson, makeResidentId } from '../people/people.fixtures.js'
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

export async function makeHire(
  db: Db,
  regionId: string,
  link: HireLink = 'linked',
  liaisonId: string | null = null,
) {
  const enterpriseId = await makeEnterprise(db, regionId, liaisonId)
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

/** The walking liaison's own enterprise: a liaison reaches only those, wherever they lie. */
const ownLiaison = ({ actor }: SampleContext) => (actor?.role === 'enterprise_liaison' ? actor.userId : null)

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  enterprise: (db, regionId, ctx) => makeEnterprise(db, regionId, ownLiaison(ctx)),
  enterprise_hire: (db, regionId, ctx) => makeHire(db, regionId, 'linked', ownLiaison(ctx)),
  enterprise_hire_pending: (db, regionId) => makeHire(db, regionId, 'pending'),
}

/** a liaison's list of one new hire, as the page sends it (the file in base64) */
export const sampleRequests: SampleRequests = {
  'POST /api/v1/enterprises/:id/hires/import': () => ({
    body: { content: Buffer.from(`姓名,证件号码\n样例,${makeResidentId()}\n`).toString('base64') },
  }),
}
