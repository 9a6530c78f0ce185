// 身份核验 of people the resident entry registered: a code to their phone, a gate or the
// community confirms them; whoever proves the number first by code takes a self-registered
// record over from a squatter.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { blindIndex, encryptField } from '../../crypto/pii.js'
import { maskPhone } from '../../shared/identity.js'

type AuditActor = Pick<Actor, 'userId' | 'username'>

/** Marks a self-registered person confirmed; a no-op for one already confirmed. */
export async function confirmPersonProof(db: Db, actor: AuditActor, personId: string, how: string) {
  const res = await db
    .updateTable('person')
    .set({ proof: 'confirmed', updated_at: nowIso(now) })
    .where('id', '=', personId)
    .where('proof', '=', 'self_registered')
    .executeTakeFirst()
  if (Number(res.numUpdatedRows) > 0)
    await recordAudit(db, actor, {
      action: 'person.confirm',
      entity: 'person',
      entityId: personId,
      detail: { how },
    })
}

/** The prover's name and phone replace what the record held; it is confirmed. */
export async function takeOverPerson(
  db: Db,
  actor: AuditActor,
  personId: string,
  claimant: { name: string; phone: string },
  how: string,
) {
  await db
    .updateTable('person')
    .set({
      name: claimant.name.trim(),
      phone_enc: encryptField(claimant.phone),
      phone_bidx: blindIndex('phone', claimant.phone),
      phone_masked: maskPhone(claimant.phone),
      proof: 'confirmed',
      updated_at: nowIso(now),
    })
    .where('id', '=', personId)
    .execute()
  await recordAudit(db, actor, {
    action: 'person.take_over',
    entity: 'person',
    entityId: personId,
    detail: { how },
  })
}
