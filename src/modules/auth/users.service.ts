// 账号管理: staff accounts, each with one role and one scope region.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { dialectOf, inTransaction, nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { blindIndex, decryptField, encryptField } from '../../crypto/pii.js'
import { maskPhone, normalizeMobile } from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import { findRegion, findTopRegion } from '../regions/index.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import {
  checkPasswordStrength,
  generatePassword,
  hashPassword,
  hashToken,
  verifyPassword,
  type PreparedPassword,
} from './passwords.js'
import { mayGrantRole, type Role } from '../../core/permissions.js'
import { forgetSessions } from '../../core/session-cache.js'
import { countUsers, findUser, findUserByUsername, listUsers, type UserRow } from './users.queries.js'
import { PeopleErrors } from '../people/index.js'
import type { NewUser, UserChanges, UserFilter } from './auth.schema.js'
import { ActivationErrors, handoverFor, unknownPasswordHash } from './activation.js'

export const UserErrors = defineErrors({
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'This username is taken' },
  BAD_PHONE: { status: 400, zh: '手机号码格式不正确', en: 'Not a valid mobile number' },
  ROLE_NOT_GRANTABLE: { status: 403, zh: '您不能授予该角色', en: 'You may not grant this role' },
  WRONG_PASSWORD: { status: 400, zh: '当前密码不正确', en: 'The current password is wrong' },
  CANNOT_DISABLE_SELF: { status: 400, zh: '不能停用自己的账号', en: 'You cannot disable your own account' },
  PEER_ACCOUNT: {
    status: 403,
    zh: '不能管理与您同级或更高级别的账号',
    en: 'You may not manage an account at your own level or above',
  },
  APPROVER_NOT_INDEPENDENT: {
    status: 403,
    zh: '审批人不能是申请人本人，也不能是申请人 30 天内创建或重置密码的账号',
    en: 'The approver may not be the requester, nor an account the requester created or reset in the last 30 days',
  },
})

/** The one-time password for an admin to hand over, or word that the holder activates by SMS. */
export type HandedOver =
  { oneTimePassword: string; activation?: never } | { activation: 'sms'; oneTimePassword?: never }

/** A one-time password stops working after this long. */
export const ONE_TIME_PASSWORD_MS = 72 * 3_600_000
/** An account made or reset by someone is not independent of them for this long. */
const VOUCHED_MS = 30 * 24 * 3_600_000

export interface UserView {
  id: string
  username: string
  displayName: string
  role: Role
  scopeRegionId: string
  scopeName: string
  phone: string | null
  disabled: boolean
  mustChangePassword: boolean
  createdAt: string
}

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    scopeRegionId: row.scope_region_id,
    scopeName: row.scope_name,
    phone: row.phone_enc ? maskPhone(decryptField(row.phone_enc)) : null,
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    createdAt: row.created_at,
  }
}

function phoneColumns(phone: string | null | undefined) {
  if (phone === undefined) return {}
  if (phone === null || phone === '') return { phone_enc: null, phone_bidx: null }
  const mobile = normalizeMobile(phone)
  if (!mobile) throw new AppError(PeopleErrors.BAD_PHONE)
  return { phone_enc: encryptField(mobile), phone_bidx: blindIndex('phone', mobile) }
}

async function scopeRegionFor(db: Db, actor: Actor, regionId: string) {
  const region = await findRegion(db, regionId)
  assertInScope(actor, region?.path, 'region')
  return region!
}

export async function getUserInScope(db: Db, actor: Actor, id: string): Promise<UserRow> {
  const row = await findUser(db, id)
  assertInScope(actor, row?.scope_path, 'user')
  return row!
}

/**
 * Holds the account's row until the caller's transaction ends, so that check-then-insert
 * rules about one person (a roster's "not in two places at once") see each other's writes.
 * PostgreSQL: a row lock. SQLite: nothing to add, the process's one connection serves one
 * transaction at a time.
 */
export async function lockUser(trx: Db, id: string): Promise<void> {
  if (dialectOf(trx) === 'postgres')
    await trx.selectFrom('staff_user').select('id').where('id', '=', id).forUpdate().execute()
}

/**
 * Creates an account with a one-time password, returned once for an admin to hand over; or
 * with a `prepared` one shared by accounts made together, still to be changed at first
 * sign-in; or, made by anyone else (with SMS on), with a password nobody knows, for its
 * holder to activate over SMS.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: NewUser,
  { prepared, smsOn = false }: { prepared?: PreparedPassword; smsOn?: boolean } = {},
): Promise<HandedOver & { user: UserView }> {
  if (!mayGrantRole(actor.role, input.role)) throw new AppError(UserErrors.ROLE_NOT_GRANTABLE)
  await scopeRegionFor(db, actor, input.scopeRegionId)
  if (await findUserByUsername(db, input.username)) throw new AppError(UserErrors.USERNAME_TAKEN)
  const handover = handoverFor(actor, smsOn)
  if (handover === 'sms') await assertHoldersPhone(db, actor, input.phone)
  const oneTimePassword = prepared?.password ?? generatePassword()
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('staff_user')
    .values({
      id,
      username: input.username.toLowerCase(),
      display_name: input.displayName,
      role: input.role,
      scope_region_id: input.scopeRegionId,
      password_hash:
        prepared?.hash ??
        (handover === 'sms' ? await unknownPasswordHash() : await hashPassword(oneTimePassword)),
      must_change_password: 1,
      disabled: 0,
      ...phoneColumns(input.phone ?? null),
      created_at: at,
      updated_at: at,
      created_by: actor.userId,
      // a shared prepared password (the demo) is changed at first sign-in like any other
      one_time_expires_at: prepared ? null : nowIso(() => now() + ONE_TIME_PASSWORD_MS),
    })
    .execute()
  await recordAudit(db, actor, {
    action: 'user.create',
    entity: 'staff_user',
    entityId: id,
    detail: { role: input.role },
  })
  const user = toUserView((await findUser(db, id))!)
  return handover === 'sms' ? { user, activation: 'sms' } : { user, oneTimePassword }
}

/** An account activated by SMS needs its holder's phone, and not the maker's own. */
async function assertHoldersPhone(db: Db, actor: Actor, phone: string | null | undefined) {
  if (!phone) throw new AppError(ActivationErrors.ACCOUNT_NEEDS_PHONE)
  const { phone_bidx } = phoneColumns(phone)
  const maker = actor.userId ? await findUser(db, actor.userId) : undefined
  if (maker?.phone_bidx && maker.phone_bidx === phone_bidx)
    throw new AppError(ActivationErrors.ACCOUNT_PHONE_IS_YOURS)
}

/**
 * Managing an account (reset, edit, disable) needs rank over it: its powers a subset of the
 * actor's, its scope inside the actor's, and not a peer (same role and same scope) — so no
 * officer resets a fellow officer's password and signs in as them.
 */
function assertOutranks(actor: Actor, user: UserRow) {
  if (!mayGrantRole(actor.role, user.role)) throw new AppError(UserErrors.ROLE_NOT_GRANTABLE)
  // the server console (`lianfang user reset-password`, no account) may reset anyone: whoever
  // runs it holds the database already, and it is the way back in for a locked-out admin
  if (actor.userId === null) return
  if (user.id === actor.userId || (user.role === actor.role && user.scope_region_id === actor.scopeRegionId))
    throw new AppError(UserErrors.PEER_ACCOUNT)
}

export async function updateUser(db: Db, actor: Actor, id: string, changes: UserChanges): Promise<UserView> {
  const user = await getUserInScope(db, actor, id)
  if (changes.disabled && id === actor.userId) throw new AppError(UserErrors.CANNOT_DISABLE_SELF)
  assertOutranks(actor, user)
  if (changes.role && !mayGrantRole(actor.role, changes.role))
    throw new AppError(UserErrors.ROLE_NOT_GRANTABLE)
  if (changes.scopeRegionId) await scopeRegionFor(db, actor, changes.scopeRegionId)
  await db
    .updateTable('staff_user')
    .set({
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.scopeRegionId !== undefined && { scope_region_id: changes.scopeRegionId }),
      ...(changes.disabled !== undefined && { disabled: changes.disabled ? 1 : 0 }),
      ...phoneColumns(changes.phone),
      updated_at: nowIso(now),
    })
    .where('id', '=', id)
    .execute()
  forgetSessions()
  // A disabled account, or one whose powers changed, signs in again.
  if (changes.disabled || changes.role || changes.scopeRegionId)
    await db.deleteFrom('session').where('user_id', '=', id).execute()
  await recordAudit(db, actor, {
    action: 'user.update',
    entity: 'staff_user',
    entityId: id,
    detail: { fields: Object.keys(changes) },
  })
  return toUserView((await findUser(db, id))!)
}

/** A new one-time password for an admin to hand over; anyone else's reset is activated by SMS. */
export async function resetPassword(db: Db, actor: Actor, id: string, smsOn = false): Promise<HandedOver> {
  const user = await getUserInScope(db, actor, id)
  assertOutranks(actor, user)
  const handover = handoverFor(actor, smsOn)
  if (handover === 'sms' && !user.phone_enc) throw new AppError(ActivationErrors.ACCOUNT_NEEDS_PHONE)
  const oneTimePassword = generatePassword()
  await db
    .updateTable('staff_user')
    .set({
      password_hash: handover === 'sms' ? await unknownPasswordHash() : await hashPassword(oneTimePassword),
      must_change_password: 1,
      updated_at: nowIso(now),
      reset_by: actor.userId,
      reset_at: nowIso(now),
      one_time_expires_at: nowIso(() => now() + ONE_TIME_PASSWORD_MS),
    })
    .where('id', '=', id)
    .execute()
  forgetSessions()
  await db.deleteFrom('session').where('user_id', '=', id).execute()
  await recordAudit(db, actor, { action: 'user.reset_password', entity: 'staff_user', entityId: id })
  return handover === 'sms' ? { activation: 'sms' } : { oneTimePassword }
}

/**
 * Changes one's own password and ends the account's other sessions (a thief's among them):
 * only the session that made the change (`keepToken`) stays signed in.
 */
export async function changeOwnPassword(
  db: Db,
  actor: Actor,
  current: string,
  next: string,
  keepToken?: string,
) {
  const row = await findUserByUsername(db, actor.username)
  if (!row || !(await verifyPassword(current, row.password_hash)))
    throw new AppError(UserErrors.WRONG_PASSWORD)
  checkPasswordStrength(next, actor.username)
  await db
    .updateTable('staff_user')
    .set({
      password_hash: await hashPassword(next),
      must_change_password: 0,
      one_time_expires_at: null,
      updated_at: nowIso(now),
    })
    .where('id', '=', row.id)
    .execute()
  forgetSessions()
  await db
    .deleteFrom('session')
    .where('user_id', '=', row.id)
    .$if(keepToken !== undefined, (q) => q.where('token_hash', '!=', hashToken(keepToken!)))
    .execute()
  await recordAudit(db, actor, { action: 'user.change_password', entity: 'staff_user', entityId: row.id })
}

/**
 * Two-person rules (a manual colour change, a notice): the approver must be someone else
 * than the requester, and not an account the requester made or reset in the last 30 days —
 * else one person makes a second account and approves through it.
 */
export async function assertIndependentApprover(db: Db, approverId: string | null, requesterId: string) {
  if (!approverId || approverId === requesterId) throw new AppError(UserErrors.APPROVER_NOT_INDEPENDENT)
  const approver = await findUser(db, approverId)
  const since = now() - VOUCHED_MS
  const recent = (at: string | null) => at !== null && Date.parse(at) >= since
  if (
    (approver?.created_by === requesterId && recent(approver.created_at)) ||
    (approver?.reset_by === requesterId && recent(approver.reset_at))
  )
    throw new AppError(UserErrors.APPROVER_NOT_INDEPENDENT)
}

/** Shows a phone number in full: allowed, but always audited with the reason given. */
export async function revealUserPhone(db: Db, actor: Actor, id: string, reason: string) {
  const user = await getUserInScope(db, actor, id)
  await recordAudit(db, actor, {
    action: 'user.unmask_phone',
    entity: 'staff_user',
    entityId: id,
    detail: { reason },
  })
  return { phone: user.phone_enc ? decryptField(user.phone_enc) : null }
}

export const searchUsers = async (db: Db, actor: Actor, f: UserFilter) => {
  const { rows, total } = await listUsers(db, {
    withinPath: actor.scopePath,
    q: f.q,
    role: f.role,
    offset: (f.page - 1) * f.pageSize,
    limit: f.pageSize,
  })
  return { items: rows.map(toUserView), total, page: f.page, pageSize: f.pageSize }
}

/**
 * No default password ever: on an empty database the first admin gets a random one-time
 * password that the caller prints once. Returns undefined when accounts already exist.
 */
export async function ensureFirstAdmin(
  db: Db,
): Promise<{ username: string; oneTimePassword: string } | undefined> {
  if ((await countUsers(db)) > 0) return undefined
  const top = await findTopRegion(db)
  if (!top) throw new Error('no top region: run migrations and ensureTopRegion first')
  const oneTimePassword = generatePassword()
  const at = nowIso(now)
  const id = randomUUID()
  await inTransaction(db, async (trx) => {
    await trx
      .insertInto('staff_user')
      .values({
        id,
        username: 'admin',
        display_name: '系统管理员',
        role: 'admin',
        scope_region_id: top.id,
        password_hash: await hashPassword(oneTimePassword),
        must_change_password: 1,
        disabled: 0,
        created_at: at,
        updated_at: at,
        // expired? `lianfang user reset-password admin` on the server prints a new one
        one_time_expires_at: nowIso(() => now() + ONE_TIME_PASSWORD_MS),
      })
      .execute()
    await recordAudit(
      trx,
      { userId: null, username: 'system' },
      { action: 'user.create', entity: 'staff_user', entityId: id, detail: { role: 'admin' } },
    )
  })
  return { username: 'admin', oneTimePassword }
}
