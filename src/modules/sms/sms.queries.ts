// The one-time code table and its queries.
import type { Db } from '../../db/db.js'

export interface SmsCodeTable {
  id: string
  doc_bidx: string
  phone_bidx: string
  code_hash: string
  address_hash: string
  tries: number
  created_at: string
  expires_at: string
  used_at: string | null
}

declare module '../../db/db.js' {
  interface Tables {
    sms_code: SmsCodeTable
  }
}

export const insertCode = (db: Db, row: SmsCodeTable) => db.insertInto('sms_code').values(row).execute()

async function countSince(db: Db, column: 'phone_bidx' | 'address_hash', value: string, since: string) {
  const row = await db
    .selectFrom('sms_code')
    .select((eb) => eb.fn.countAll().as('n'))
    .where(column, '=', value)
    .where('created_at', '>', since)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

export const codesToPhoneSince = (db: Db, phoneBidx: string, since: string) =>
  countSince(db, 'phone_bidx', phoneBidx, since)

export const codesFromAddressSince = (db: Db, addressHash: string, since: string) =>
  countSince(db, 'address_hash', addressHash, since)

/** Codes for a document number that may still be tried. */
export const liveCodes = (db: Db, docBidx: string, at: string, maxTries: number) =>
  db
    .selectFrom('sms_code')
    .selectAll()
    .where('doc_bidx', '=', docBidx)
    .where('used_at', 'is', null)
    .where('expires_at', '>', at)
    .where('tries', '<', maxTries)
    .execute()

export const markUsed = (db: Db, id: string, at: string) =>
  db.updateTable('sms_code').set({ used_at: at }).where('id', '=', id).where('used_at', 'is', null).execute()

export const countTry = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve()
    : db
        .updateTable('sms_code')
        .set((eb) => ({ tries: eb('tries', '+', 1) }))
        .where('id', 'in', ids)
        .execute()
