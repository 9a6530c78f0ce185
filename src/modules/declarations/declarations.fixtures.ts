// Samples for the route-walking permission test: a pending identity claim.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { randomUUID } from 'node:crypto'
import { encryptField } from '../../crypto/pii.js'
import { makePerson } from '../people/people.fixtures.js'
import { insertClaim } from './claims.queries.js'

export async function makeClaim(db: Db, regionId: string): Promise<string> {
  const person = await makePerson(db, regionId)
  const id = randomUUID()
  await insertClaim(db, {
    id,
    person_id: person.id,
    region_id: regionId,
    name: '申诉人',
    phone_enc: encryptField('13800000000'),
    phone_masked: '138****0000',
    place_code: 'SAMPLE',
    status: 'pending',
    created_at: new Date().toISOString(),
    resolved_by: null,
    resolved_at: null,
  })
  return id
}

export const samples: Samples = { identity_claim: makeClaim }
