// Test and sample helpers: accounts made without an actor, with a known password.
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { hashPassword } from './passwords.js'
import { blindIndex, encryptField } from '../../crypto/pii.js'
import { communityOf } from '../regions/regions.fixtures.js'

/** how many password hashes ran (computed or checked): the sign-in throttle's tests */
export { hashWork } from './passwords.js'
import type { Role } from '../../core/permissions.js'

let cachedHash: Promise<string> | undefined
export const FIXTURE_PASSWORD = 'correct-horse-battery-staple'

export async function createUserDirect(
  db: Db,
  input: {
    role: Role
    scopeRegionId: string
    username?: string
    displayName?: string
    mustChangePassword?: boolean
    /** a normalised mobile, for the holder's SMS activation */
    phone?: string
  },
) {
  cachedHash ??= hashPassword(FIXTURE_PASSWORD)
  const id = randomUUID()
  const at = nowIso()
  const username = input.username ?? `${input.role}-${id.slice(0, 8)}`
  await db
    .insertInto('staff_user')
    .values({
      id,
      username,
      display_name: input.displayName ?? username,
      role: input.role,
      scope_region_id: input.scopeRegionId,
      password_hash: await cachedHash,
      must_change_password: input.mustChangePassword ? 1 : 0,
      disabled: 0,
      ...(input.phone && {
        phone_enc: encryptField(input.phone),
        phone_bidx: blindIndex('phone', input.phone),
      }),
      created_at: at,
      updated_at: at,
    })
    .execute()
  return { id, username, password: FIXTURE_PASSWORD }
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  // with a phone: a street officer's reset is activated by its holder over SMS
  user: async (db, regionId) =>
    (await createUserDirect(db, { role: 'community_worker', scopeRegionId: regionId, phone: '13812345678' }))
      .id,
  /** the officer and the medic of an observed person's team (1配3) */
  officer: async (db, regionId) =>
    (await createUserDirect(db, { role: 'street_officer', scopeRegionId: regionId })).id,
  medic: async (db, regionId) => (await createUserDirect(db, { role: 'medic', scopeRegionId: regionId })).id,
  /** a community worker over the region's whole community, as an observation supervisor is */
  community_user: async (db, regionId) =>
    (await createUserDirect(db, { role: 'community_worker', scopeRegionId: await communityOf(db, regionId) }))
      .id,
  /** a psychological hotline expert (心理热线), whom a hotline shift names */
  expert: async (db, regionId) =>
    (await createUserDirect(db, { role: 'social_worker', scopeRegionId: regionId })).id,
  liaison: async (db, regionId) =>
    (await createUserDirect(db, { role: 'enterprise_liaison', scopeRegionId: regionId })).id,
}
