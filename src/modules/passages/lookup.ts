// 证件号查验: the gate types a document number for someone without a pass on their phone and
// learns what the rules say for that person. It answers a name only masked, never the number
// back, and each look-up is audited and rate limited: the gate is no oracle for the registry.
import { Type, type Static } from 'typebox'
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { recordAudit } from '../../core/audit.js'
import { Id, Nullable } from '../../core/schemas.js'
import { maskName } from '../../shared/identity.js'
import { ruleVerdict } from '../../shared/verdict.js'
import { getCheckpointInScope } from '../checkpoints/index.js'
import { recomputeColour } from '../passes/index.js'
import { DocTypeSchema, findPersonByDocument, normalizeDocument } from '../people/index.js'
import type { PassageSettings } from './settings.js'

export const GateLookupBody = Type.Object(
  {
    checkpointId: Id,
    document: Type.Object(
      { type: DocTypeSchema, number: Type.String({ minLength: 1, maxLength: 40 }) },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
)
export type GateLookupInput = Static<typeof GateLookupBody>

export const GateLookupResult = Type.Object({
  found: Type.Boolean(),
  colour: Type.Optional(Type.String()),
  /** masked: 张*三 */
  name: Type.Optional(Type.String()),
  verdict: Type.String(),
  reason: Nullable(Type.String()),
})

/**
 * Only people registered inside the actor's scope are found: a gate learns nothing of other
 * communities' residents. Not found is `unverified` (refer), never allow.
 */
export async function lookUpAtGate(db: Db, actor: Actor, input: GateLookupInput, settings: PassageSettings) {
  const checkpoint = await getCheckpointInScope(db, actor, input.checkpointId)
  const { doc } = normalizeDocument(input.document.type, input.document.number)
  const person = await findPersonByDocument(db, actor, doc)
  await recordAudit(db, actor, {
    action: 'gate.lookup',
    entity: 'checkpoint',
    entityId: checkpoint.id,
    detail: { hits: person ? 1 : 0 },
  })
  if (!person)
    return { found: false, ...ruleVerdict({ unverified: true, feverThreshold: settings.feverThreshold }) }
  const { colour } = await recomputeColour(db, person.id, 'gate.lookup')
  // 待核验: someone registered themselves under this number; the card decides, as on a scan.
  const unconfirmed = person.proof === 'self_registered'
  const rule = ruleVerdict({ colour, unconfirmed, feverThreshold: settings.feverThreshold })
  return { found: true, colour, name: maskName(person.name), ...rule }
}
