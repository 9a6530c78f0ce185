// 登录与会话: a random 256-bit token in an HttpOnly cookie, stored only as its SHA-256,
// with idle and absolute expiry; failed logins throttled per account and per address.
import { createHash, randomBytes } from 'node:crypto'
import type { Config } from '../../config.js'
import type { Db } from '../../db/db.js'
import { inTransaction, nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit, recordAuditNow } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import {
  forgetSessions,
  SESSION_CACHE_MAX,
  SESSION_CACHE_MS,
  sessionCache,
} from '../../core/session-cache.js'
import { DUMMY_HASH, verifyPassword } from './passwords.js'
import { findUserByUsername } from './users.queries.js'
import { toUserView } from './users.service.js'
import type { LoginInput } from './auth.schema.js'

export const SessionErrors = defineErrors({
  BAD_CREDENTIALS: { status: 401, zh: '用户名或密码不正确', en: 'Wrong username or password' },
  ACCOUNT_DISABLED: { status: 403, zh: '该账号已停用', en: 'This account is disabled' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '请先修改一次性密码',
    en: 'Change your one-time password first',
  },
  LOGIN_THROTTLED: {
    status: 429,
    zh: '登录失败次数过多，请 {minutes} 分钟后再试',
    en: 'Too many failed sign-ins, try again in {minutes} minutes',
  },
})

const WINDOW_MS = 15 * 60_000
const MAX_PER_ACCOUNT = 5
const MAX_PER_ADDRESS = 20
const TOUCH_EVERY_MS = 60_000

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

async function failuresSince(db: Db, key: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('login_failure')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('key', '=', key)
    .where('at', '>=', since)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

async function assertNotThrottled(db: Db, username: string, ip: string) {
  const since = nowIso(() => now() - WINDOW_MS)
  const [account, address] = await Promise.all([
    failuresSince(db, `user:${username}`, since),
    failuresSince(db, `ip:${ip}`, since),
  ])
  if (account >= MAX_PER_ACCOUNT || address >= MAX_PER_ADDRESS)
    throw new AppError(SessionErrors.LOGIN_THROTTLED, { minutes: WINDOW_MS / 60_000 })
}

async function recordFailure(db: Db, username: string, ip: string) {
  const at = nowIso(now)
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('login_failure')
      .values([
        { key: `user:${username}`, at },
        { key: `ip:${ip}`, at },
      ])
      .execute()
    await recordAudit(trx, { userId: null, username }, { action: 'auth.login_failed' })
  })
}

export async function login(db: Db, config: Config, input: LoginInput & { ip: string }) {
  const username = input.username.trim().toLowerCase()
  await assertNotThrottled(db, username, input.ip)
  const user = await findUserByUsername(db, username)
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH)
  if (!user || !ok) {
    await recordFailure(db, username, input.ip)
    throw new AppError(SessionErrors.BAD_CREDENTIALS)
  }
  if (user.disabled) throw new AppError(SessionErrors.ACCOUNT_DISABLED)
  const token = randomBytes(32).toString('base64url')
  const at = now()
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('session')
      .values({
        token_hash: hashToken(token),
        user_id: user.id,
        created_at: nowIso(() => at),
        last_seen_at: nowIso(() => at),
        expires_at: nowIso(() => at + config.sessionMaxHours * 3_600_000),
      })
      .execute()
    await trx.deleteFrom('login_failure').where('key', '=', `user:${username}`).execute()
    await recordAudit(
      trx,
      { userId: user.id, username },
      { action: 'auth.login', entity: 'staff_user', entityId: user.id },
    )
  })
  return { token, user: toUserView(user) }
}

const findSession = (db: Db, tokenHash: string) =>
  db
    .selectFrom('session as s')
    .innerJoin('staff_user as u', 'u.id', 's.user_id')
    .innerJoin('region as r', 'r.id', 'u.scope_region_id')
    .select([
      's.last_seen_at',
      's.expires_at',
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.disabled',
      'u.must_change_password',
      'u.scope_region_id',
      'r.path',
    ])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst()

type SessionRow = NonNullable<Awaited<ReturnType<typeof findSession>>>

async function cachedSession(db: Db, tokenHash: string, t: number): Promise<SessionRow | undefined> {
  const hit = sessionCache.get(tokenHash) as { row: SessionRow; at: number } | undefined
  if (hit && t >= hit.at && t - hit.at < SESSION_CACHE_MS) return hit.row
  const row = await findSession(db, tokenHash)
  if (sessionCache.size >= SESSION_CACHE_MAX) sessionCache.clear()
  if (row) sessionCache.set(tokenHash, { row, at: t })
  else sessionCache.delete(tokenHash)
  return row
}

/** The actor behind a session token, or undefined when it is unknown, expired or disabled. */
export async function authenticate(
  db: Db,
  config: Config,
  token: string | undefined,
): Promise<Actor | undefined> {
  if (!token) return undefined
  const tokenHash = hashToken(token)
  const t = now()
  const row = await cachedSession(db, tokenHash, t)
  if (!row || row.disabled) return undefined
  const idleLimit = Date.parse(row.last_seen_at) + config.sessionIdleMinutes * 60_000
  if (t >= Date.parse(row.expires_at) || t >= idleLimit) {
    sessionCache.delete(tokenHash)
    await db.deleteFrom('session').where('token_hash', '=', tokenHash).execute()
    return undefined
  }
  // Touch at most once a minute: a read should not cost a write each time.
  if (t - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    row.last_seen_at = nowIso(() => t)
    await db
      .updateTable('session')
      .set({ last_seen_at: row.last_seen_at })
      .where('token_hash', '=', tokenHash)
      .execute()
  }
  return {
    userId: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scopeRegionId: row.scope_region_id,
    scopePath: row.path,
    mustChangePassword: row.must_change_password === 1,
  }
}

export async function logout(db: Db, actor: Actor, token: string) {
  forgetSessions()
  await db.deleteFrom('session').where('token_hash', '=', hashToken(token)).execute()
  await recordAuditNow(db, actor, { action: 'auth.logout' })
}

/** Old throttling rows and dead sessions are cleared by the daily housekeeping. */
export async function purgeExpiredSessions(db: Db) {
  const t = nowIso(now)
  forgetSessions()
  await db.deleteFrom('session').where('expires_at', '<', t).execute()
  await db
    .deleteFrom('login_failure')
    .where(
      'at',
      '<',
      nowIso(() => now() - WINDOW_MS),
    )
    .execute()
}
