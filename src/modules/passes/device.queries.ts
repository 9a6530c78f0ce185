// The resident's devices: a random secret on the phone, only its SHA-256 here.
import { createHash } from 'node:crypto'
import type { Db } from '../../db/db.js'

export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')

/** A device that is neither revoked nor idle since `idleSince`. */
export const findLiveDevice = (db: Db, secret: string, idleSince: string) =>
  db
    .selectFrom('pass_device')
    .selectAll()
    .where('secret_hash', '=', hashSecret(secret))
    .where('revoked_at', 'is', null)
    .where('last_used_at', '>', idleSince)
    .executeTakeFirst()

export async function isDeviceConfirmed(db: Db, id: string): Promise<boolean> {
  const row = await db
    .selectFrom('pass_device')
    .select(['confirmed_at', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst()
  return !!row?.confirmed_at && !row.revoked_at
}

export const findDevice = (db: Db, id: string) =>
  db.selectFrom('pass_device').selectAll().where('id', '=', id).executeTakeFirst()

export const listDevicesOf = (db: Db, personId: string) =>
  db
    .selectFrom('pass_device')
    .select(['id', 'created_at', 'last_used_at', 'confirmed_at', 'revoked_at'])
    .where('person_id', '=', personId)
    .orderBy('created_at', 'desc')
    .execute()

export const markDeviceConfirmed = (db: Db, id: string, by: string, at: string) =>
  db
    .updateTable('pass_device')
    .set({ confirmed_at: at, confirmed_by: by })
    .where('id', '=', id)
    .where('confirmed_at', 'is', null)
    .execute()

/** Revokes a person's live devices, all but `keep` when given. */
export function revokeDevicesOf(db: Db, personId: string, at: string, keep?: string) {
  let q = db
    .updateTable('pass_device')
    .set({ revoked_at: at })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
  if (keep) q = q.where('id', '!=', keep)
  return q.execute()
}

/** A claimant's phone (see ClaimantDeviceTable), unless idle since `idleSince`. */
export const findLiveClaimantDevice = (db: Db, secret: string, idleSince: string) =>
  db
    .selectFrom('claimant_device')
    .selectAll()
    .where('secret_hash', '=', hashSecret(secret))
    .where('last_used_at', '>', idleSince)
    .executeTakeFirst()

export const touchClaimantDevice = (db: Db, secretHash: string, at: string) =>
  db.updateTable('claimant_device').set({ last_used_at: at }).where('secret_hash', '=', secretHash).execute()

export const touchDevice = (db: Db, id: string, at: string) =>
  db.updateTable('pass_device').set({ last_used_at: at }).where('id', '=', id).execute()

export const revokeDevice = (db: Db, id: string, at: string) =>
  db
    .updateTable('pass_device')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .execute()
