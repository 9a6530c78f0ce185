// 短信激活: an account made or reset by someone who is not an admin gets a password nobody
// knows. Its holder proves the phone on file with a one-time SMS code and sets their own, so
// the officer who made it can never sign in as it: a one-time password goes only to the
// account's holder (an admin still hands over a printed one).
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { forgetSessions } from '../../core/session-cache.js'
import { blindIndex } from '../../crypto/pii.js'
import { normalizeMobile } from '../../shared/identity.js'
import { issueCode, spendCode } from '../sms/index.js'
import { checkPasswordStrength, generatePassword, hashPassword } from './passwords.js'
import { findUserByUsername, type UserRow } from './users.queries.js'

export const ActivationErrors = defineErrors({
  ACCOUNT_NEEDS_PHONE: {
    status: 400,
    zh: '请填写账号本人的手机号：本人用短信验证码激活账号、设置密码',
    en: "Give the holder's mobile number: they activate the account and set a password with an SMS code",
  },
  ACCOUNT_PHONE_IS_YOURS: {
    status: 400,
    zh: '这是您本人的手机号：新账号须由其本人用自己的手机激活',
    en: 'This is your own phone number: a new account is activated by its holder on their own phone',
  },
  ACCOUNT_BY_ADMIN: {
    status: 409,
    zh: '本地未开通短信：账号只能由管理员创建或重置密码',
    en: 'SMS is not set up here: only an admin may create accounts or reset passwords',
  },
})

/** How a new or reset password reaches the holder: printed by an admin, or set by the holder. */
export type Handover = 'print' | 'sms'

/**
 * An admin (or the server console) hands over a printed one-time password; anyone else's
 * accounts are activated by their holder over SMS, so never without SMS.
 */
export function handoverFor(actor: Actor, smsOn: boolean): Handover {
  if (actor.userId === null || actor.role === 'admin') return 'print'
  if (!smsOn) throw new AppError(ActivationErrors.ACCOUNT_BY_ADMIN)
  return 'sms'
}

/** A password hash no one knows the password of: the holder sets theirs by activation. */
export const unknownPasswordHash = () => hashPassword(generatePassword())

// codes for an account are keyed by its id; an unknown name gets a key that matches nothing
const codeKey = (user: UserRow | undefined, username: string) =>
  user ? `account:${user.id}` : `account-unknown:${username}`

/** Waiting for its holder: a one-time or unknown password that has not expired. */
function awaitingHolder(user: UserRow | undefined): user is UserRow {
  return (
    user !== undefined &&
    !user.disabled &&
    user.must_change_password === 1 &&
    user.one_time_expires_at !== null &&
    now() < Date.parse(user.one_time_expires_at)
  )
}

export interface ActivationCodeRequest {
  username: string
  phone: string
}

/**
 * Records a code request and returns what to send after the commit, or null. The caller
 * answers the same either way: nobody learns whether a name or a phone is on file.
 */
export async function requestActivationCode(db: Db, input: ActivationCodeRequest, address: string) {
  const username = input.username.trim().toLowerCase()
  const user = await findUserByUsername(db, username)
  const mobile = normalizeMobile(input.phone)
  const matches = awaitingHolder(user) && mobile !== null && user.phone_bidx === blindIndex('phone', mobile)
  return issueCode(db, { docBidx: codeKey(user, username), phone: matches ? mobile : null, address })
}

export interface Activation {
  username: string
  code: string
  password: string
}

/**
 * Sets the holder's own password with the code sent to the phone on file. Returns false for
 * a wrong code (a try is counted: the caller commits and then refuses).
 */
export async function activateAccount(db: Db, input: Activation): Promise<boolean> {
  const username = input.username.trim().toLowerCase()
  // a weak password is refused before the code is spent
  checkPasswordStrength(input.password, username)
  const user = await findUserByUsername(db, username)
  const sentTo = await spendCode(db, codeKey(user, username), input.code)
  if (!awaitingHolder(user) || !sentTo || sentTo !== user.phone_bidx) return false
  await db
    .updateTable('staff_user')
    .set({
      password_hash: await hashPassword(input.password),
      must_change_password: 0,
      one_time_expires_at: null,
      updated_at: nowIso(now),
    })
    .where('id', '=', user.id)
    .execute()
  forgetSessions()
  await db.deleteFrom('session').where('user_id', '=', user.id).execute()
  await recordAudit(
    db,
    { userId: user.id, username: user.username },
    { action: 'user.activate', entity: 'staff_user', entityId: user.id },
  )
  return true
}
