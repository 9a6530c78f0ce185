// 短信验证码: a 6-digit code to a phone proves the resident holds it. Valid 5 minutes, 5
// tries; limited per phone (silently: the caller must not learn whose phone it is) and per
// address (openly: that is the caller's own). Only keyed hashes are stored.
import { createHash, randomInt, randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { blindIndex } from '../../crypto/pii.js'
import { AppError, defineErrors } from '../../core/errors.js'
import {
  codesFromAddressSince,
  codesToPhoneSince,
  countTry,
  insertCode,
  liveCodes,
  markUsed,
} from './sms.queries.js'

export const CODE_TTL_MS = 5 * 60_000
export const MAX_TRIES = 5
const HOUR_MS = 3600_000
const PER_PHONE_PER_HOUR = 5
const PHONE_COOLDOWN_MS = 60_000
const PER_ADDRESS_PER_HOUR = 20

export const SmsErrors = defineErrors({
  SMS_TOO_MANY: {
    status: 429,
    zh: '获取验证码过于频繁，请稍后再试',
    en: 'Too many code requests: try again later',
  },
  CODE_INVALID: {
    status: 400,
    zh: '验证码不正确或已过期，请重新获取',
    en: 'The code is wrong or has expired: request a new one',
  },
})

// Keyed with the data key (through the blind index), so a copy of the database alone
// cannot be searched through all million codes.
const hashCode = (id: string, code: string) => blindIndex('phone', `sms-code:${id}:${code}`)
const hashAddress = (address: string) => createHash('sha256').update(`sms-address:${address}`).digest('hex')

export interface CodeRequest {
  docBidx: string
  /** normalised mobile to send to, or null when there is none: the request is still recorded */
  phone: string | null
  address: string
}

/** Records a code; returns what to send (after the caller's commit), or null to send nothing. */
export async function issueCode(db: Db, req: CodeRequest): Promise<{ phone: string; code: string } | null> {
  const at = now()
  const addressHash = hashAddress(req.address)
  const hourAgo = new Date(at - HOUR_MS).toISOString()
  if ((await codesFromAddressSince(db, addressHash, hourAgo)) >= PER_ADDRESS_PER_HOUR)
    throw new AppError(SmsErrors.SMS_TOO_MANY)
  const phoneBidx = req.phone ? blindIndex('phone', req.phone) : ''
  const quiet =
    !req.phone ||
    (await codesToPhoneSince(db, phoneBidx, hourAgo)) >= PER_PHONE_PER_HOUR ||
    (await codesToPhoneSince(db, phoneBidx, new Date(at - PHONE_COOLDOWN_MS).toISOString())) > 0
  const id = randomUUID()
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
  await insertCode(db, {
    id,
    doc_bidx: req.docBidx,
    phone_bidx: phoneBidx,
    code_hash: hashCode(id, code),
    address_hash: addressHash,
    tries: 0,
    created_at: new Date(at).toISOString(),
    expires_at: new Date(at + CODE_TTL_MS).toISOString(),
    used_at: null,
  })
  return quiet || !req.phone ? null : { phone: req.phone, code }
}

/**
 * Spends a code given for a document number. Returns the blind index of the phone it was
 * sent to ('' if it went nowhere), or null for a wrong or spent code; a miss counts a try
 * on every live code of that number. The caller commits even on a miss.
 */
export async function spendCode(db: Db, docBidx: string, code: string): Promise<string | null> {
  const at = nowIso(now)
  const live = await liveCodes(db, docBidx, at, MAX_TRIES)
  const hit = live.find((row) => row.code_hash === hashCode(row.id, code))
  if (!hit) {
    await countTry(
      db,
      live.map((r) => r.id),
    )
    return null
  }
  await markUsed(db, hit.id, at)
  return hit.phone_bidx
}
