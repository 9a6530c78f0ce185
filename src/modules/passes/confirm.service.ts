// 核验确认: the volunteer or community worker has checked the identity card against a 待核验
// pass; one tap binds the phone (its device) and confirms a self-registered person.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { decryptField } from '../../crypto/pii.js'
import { maskName } from '../../shared/identity.js'
import { verifyPass } from '../../shared/pass/index.js'
import { confirmPersonProof, getPersonInScope } from '../people/index.js'
import { publishedKeyMap } from './keys.service.js'
import { findPass } from './pass.queries.js'
import { markDeviceConfirmed } from './device.queries.js'

export const ConfirmErrors = defineErrors({
  PASS_INVALID: {
    status: 400,
    zh: '通行码无效、已过期或已撤销，请让居民刷新通行码',
    en: 'The pass is invalid, expired or revoked: ask the resident to refresh it',
  },
})

export async function confirmPass(db: Db, actor: Actor, qr: string) {
  const opened = await verifyPass(qr, { keys: await publishedKeyMap(db), now: Math.floor(now() / 1000) })
  const stored = opened.claims && (await findPass(db, opened.claims.pid))
  if (opened.status !== 'valid' || !stored || stored.revoked_at)
    throw new AppError(ConfirmErrors.PASS_INVALID)
  const person = await getPersonInScope(db, actor, stored.person_id)
  if (stored.device_id) await markDeviceConfirmed(db, stored.device_id, actor.userId ?? 'system', nowIso(now))
  await confirmPersonProof(db, actor, person.id, 'in_person')
  await recordAudit(db, actor, {
    action: 'pass.confirm',
    entity: 'person',
    entityId: person.id,
    detail: { pid: stored.pid },
  })
  return {
    confirmed: true as const,
    name: maskName(person.name),
    last4: decryptField(person.doc_enc).slice(-4),
  }
}
