// 登录与会话: a random 256-bit token in an HttpOnly cookie, stored only as its SHA-256,
// with idle and absolute expiry; sign-in attempts throttled (throttle.ts).
import { randomBytes } from 'node:crypto'
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
import { DUMMY_HASH, hashPassword, hashToken, needsRehash, verifyPassword } from './passwords.js'
import { clearSignIn, purgeThrottle, reserveSignIn } from './throttle.js'
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
    zh: '登录尝试过多，请 {seconds} 秒后再试',
    en: 'Too many sign-in attempts, try again in {seconds} seconds',
  },
  ONE_TIME_PASSWORD_EXPIRED: {
    status: 401,
    zh: '一次性密码已过期（72 小时），请管理员重新重置',
    en: 'The one-time password has expired (72 hours): ask for a new reset',
  },
})

const TOUCH_EVERY_MS = 60_000

async function recordFailure(db: Db, username: string) {
  await recordAuditNow(db, { userId: null, username }, { action: 'auth.login_failed' })
}

export async function login(db: Db, config: Config, input: LoginInput & { ip: string }) {
  const username = input.username.trim().toLowerCase()
  // the slot is taken before the hash runs: parallel guesses cannot all be evaluated
  const wait = await reserveSignIn(db, username, input.ip)
  if (wait > 0) throw new AppError(SessionErrors.LOGIN_THROTTLED, { seconds: Math.ceil(wait / 1000) })
  const user = await findUserByUsername(db, username)
  const ok = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH)
  if (!user || !ok) {
    await recordFailure(db, username)
    throw new AppError(SessionErrors.BAD_CREDENTIALS)
  }
  if (user.disabled) throw new AppError(SessionErrors.ACCOUNT_DISABLED)
  if (user.must_change_password && user.one_time_expires_at && now() >= Date.parse(user.one_time_expires_at))
    throw new AppError(SessionErrors.ONE_TIME_PASSWORD_EXPIRED)
  // an old hash (scrypt, or weaker argon2 parameters) is replaced now that the password is known
  const rehashed = needsRehash(user.password_hash) ? await hashPassword(input.password) : undefined
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
    if (rehashed)
      await trx
        .updateTable('staff_user')
        .set({ password_hash: rehashed })
        .where('id', '=', user.id)
        .where('password_hash', '=', user.password_hash)
        .execute()
    await clearSignIn(trx, username, input.ip)
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
  await purgeThrottle(db)
}
