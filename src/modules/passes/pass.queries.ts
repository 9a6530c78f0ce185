// Issued passes (通行码), signing keys and resident devices.
import type { Db } from '../../db/db.js'
import type { PassTable, SigningKeyTable } from './passes.queries.js'

/** Revokes every unexpired, unrevoked pass of a person. */
export const revokeLivePasses = (db: Db, personId: string, at: string, reason: string) =>
  db
    .updateTable('pass')
    .set({ revoked_at: at, revoke_reason: reason })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .execute()

export const insertPass = (db: Db, row: PassTable) => db.insertInto('pass').values(row).execute()

export const findPass = (db: Db, pid: string) =>
  db.selectFrom('pass').selectAll().where('pid', '=', pid).executeTakeFirst()

/** Revoked passes that have not expired yet: what a gate must refuse. */
export const listRevokedPasses = (db: Db, at: string) =>
  db
    .selectFrom('pass')
    .select(['pid', 'expires_at', 'revoked_at'])
    .where('revoked_at', 'is not', null)
    .where('expires_at', '>', at)
    .orderBy('revoked_at')
    .execute()

export const findActiveKey = (db: Db) =>
  db
    .selectFrom('signing_key')
    .selectAll()
    .where('retired_at', 'is', null)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()

/** Keys a verifier must know at `at`: the active ones and retired ones whose passes may still be live. */
export const listPublishedKeys = (db: Db, at: string) =>
  db
    .selectFrom('signing_key')
    .selectAll()
    .where('compromised_at', 'is', null)
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('publish_until', '>', at)]))
    .orderBy('created_at')
    .execute()

export const findKey = (db: Db, kid: string) =>
  db.selectFrom('signing_key').selectAll().where('kid', '=', kid).executeTakeFirst()

export const listAllKeys = (db: Db) =>
  db.selectFrom('signing_key').selectAll().orderBy('created_at').execute()

export const insertKey = (db: Db, row: SigningKeyTable) => db.insertInto('signing_key').values(row).execute()

export async function latestExpiryOfKey(db: Db, kid: string): Promise<string | null> {
  const row = await db
    .selectFrom('pass')
    .select((eb) => eb.fn.max('expires_at').as('last'))
    .where('kid', '=', kid)
    .executeTakeFirst()
  return (row?.last as string | null | undefined) ?? null
}

/** pass id → person id, for the pass ids that are known. */
export async function passOwners(db: Db, pids: string[]): Promise<Map<string, string>> {
  const rows = await db.selectFrom('pass').select(['pid', 'person_id']).where('pid', 'in', pids).execute()
  return new Map(rows.map((r) => [r.pid, r.person_id]))
}
