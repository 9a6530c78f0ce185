// Test and sample helpers: people with valid, unique resident ID numbers.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { residentIdCheckDigit } from '../../shared/identity.js'
import { systemActor } from '../../core/actor.js'
import { findRegion } from '../regions/index.js'
import { ensureHousehold, registerPerson } from './people.service.js'
import type { PersonInput } from './people.schema.js'

let serial = 0

/** A valid 18-digit resident ID: Fuzhou Mawei area code, a birth date, a serial, the check digit. */
export function makeResidentId(birth = '19850312', n = serial++): string {
  const first17 = `350105${birth}${String(n % 1000).padStart(3, '0')}`
  return first17 + residentIdCheckDigit(first17)
}

export function makeMobile(n = serial++): string {
  return `139${String(10_000_000 + (n % 90_000_000)).padStart(8, '0')}`
}

export async function makePerson(db: Db, regionId: string, overrides: Partial<PersonInput> = {}) {
  const region = (await findRegion(db, regionId))!
  const actor = systemActor(region.id, region.path)
  const birth = `19${String(50 + (serial % 50)).padStart(2, '0')}0${1 + (serial % 9)}1${serial % 10}`
  const { person } = await registerPerson(db, actor, {
    name: '测试人员',
    docType: 'id_card',
    docNumber: makeResidentId(birth),
    phone: makeMobile(),
    regionId,
    address: `${1 + (serial % 30)}号楼${101 + (serial % 20)}室`,
    residenceType: 'registered',
    ...overrides,
  })
  return person
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  person: async (db, regionId) => (await makePerson(db, regionId)).id,
  household: (db, regionId) => ensureHousehold(db, regionId, `样例路${serial++}号`),
}
