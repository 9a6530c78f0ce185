// 登录限流 sign-in throttling. Each attempt first reserves a slot, by a conditional update,
// BEFORE the password is hashed: 25 guesses sent at once find the slots taken and are refused
// without costing a hash or telling anything. A key's first few attempts are free; after
// them each needs a wait that doubles up to a ceiling: a progressive delay, never a lock,
// so the right password gets through once the wait is over.
//
// Keys: the account from one address (5 free, up to 15 min), the account from anywhere (10
// free, up to 1 min: a crowd of addresses slows the account but cannot shut its owner out
// for longer than that), the address across accounts (20 free, up to 1 min: spraying).
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'

interface Rule {
  free: number
  maxDelayMs: number
}

const PAIR: Rule = { free: 5, maxDelayMs: 15 * 60_000 }
const ACCOUNT: Rule = { free: 10, maxDelayMs: 60_000 }
const ADDRESS: Rule = { free: 20, maxDelayMs: 60_000 }
/** a key left alone this long starts afresh */
export const THROTTLE_FORGET_MS = 30 * 60_000

/** The wait after the n-th attempt: none while free, then 1 s, 2 s, 4 s … up to the ceiling. */
export const delayAfter = (n: number, rule: Rule) =>
  n < rule.free ? 0 : Math.min(1000 * 2 ** (n - rule.free), rule.maxDelayMs)

/** Takes one attempt on `key`, or answers how many ms to wait. */
async function reserve(db: Db, key: string, rule: Rule): Promise<number> {
  for (let tries = 0; tries < 50; tries++) {
    const t = now()
    const row = await db
      .selectFrom('login_throttle')
      .select(['attempts', 'not_before', 'last_at'])
      .where('key', '=', key)
      .executeTakeFirst()
    if (!row) {
      const inserted = await db
        .insertInto('login_throttle')
        .values({
          key,
          attempts: 1,
          not_before: nowIso(() => t + delayAfter(1, rule)),
          last_at: nowIso(() => t),
        })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst()
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return 0
      continue // another attempt made the row first: read it again
    }
    const notBefore = Date.parse(row.not_before)
    // (a wait longer than the ceiling means the clock was set back: not a wait to honour)
    if (t < notBefore && notBefore - t <= rule.maxDelayMs) return notBefore - t
    const attempts = t - Date.parse(row.last_at) > THROTTLE_FORGET_MS ? 1 : Number(row.attempts) + 1
    const updated = await db
      .updateTable('login_throttle')
      .set({
        attempts,
        not_before: nowIso(() => t + delayAfter(attempts, rule)),
        last_at: nowIso(() => t),
      })
      .where('key', '=', key)
      .where('attempts', '=', row.attempts)
      .where('last_at', '=', row.last_at)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) === 1) return 0
  }
  return 1000
}

/**
 * Reserves an attempt for this account from this address: 0 when it may be evaluated now,
 * else the ms to wait. The pair is asked first, so one address hammering an account is
 * refused there and does not slow the account for its owner elsewhere.
 */
export async function reserveSignIn(db: Db, username: string, ip: string): Promise<number> {
  for (const [key, rule] of [
    [`ua:${username}|${ip}`, PAIR],
    [`u:${username}`, ACCOUNT],
    [`ip:${ip}`, ADDRESS],
  ] as const) {
    const wait = await reserve(db, key, rule)
    if (wait > 0) return wait
  }
  return 0
}

/**
 * After the right password: the account's counters start afresh, and the address gets its
 * attempt back (twenty colleagues behind one office address signing in are no spraying).
 */
export async function clearSignIn(db: Db, username: string, ip: string) {
  await db
    .deleteFrom('login_throttle')
    .where('key', 'in', [`ua:${username}|${ip}`, `u:${username}`])
    .execute()
  const key = `ip:${ip}`
  await db
    .updateTable('login_throttle')
    .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
    .where('key', '=', key)
    .where('attempts', '>', 0)
    .execute()
  await db
    .updateTable('login_throttle')
    .set({ not_before: nowIso(now) })
    .where('key', '=', key)
    .where('attempts', '<', ADDRESS.free)
    .execute()
}

/** Keys untouched for a while: the daily housekeeping. */
export async function purgeThrottle(db: Db) {
  await db
    .deleteFrom('login_throttle')
    .where(
      'last_at',
      '<',
      nowIso(() => now() - THROTTLE_FORGET_MS),
    )
    .execute()
}
