// 身份争议: a declaration with a number on file under another name or phone and no code.
// It is not refused (a refusal would tell the caller the number is on file) and it is not
// filed on the person on file (a stranger must not declare in their name or get their
// pass): it waits for community staff, and the caller gets a 待核验 pass of their own
// answers, tied to no person, in the same shape as any unconfirmed declaration.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { recordAudit } from '../../core/audit.js'
import { decryptField, encryptField } from '../../crypto/pii.js'
import { maskName, maskPhone } from '../../shared/identity.js'
import { takeOverPerson, type PersonProof } from '../people/index.js'
import { revokeOtherDevices, claimantPass, type Colour } from '../passes/index.js'
import type { ResidentDeclaration } from './declarations.schema.js'
import type { ResidentSettings } from './resident.service.js'
import {
  findClaim,
  insertClaim,
  listClaimsWithin,
  setClaimStatus,
  type ClaimStatus,
} from './claims.queries.js'

interface ClaimInput {
  input: ResidentDeclaration
  person: { id: string; region_id: string; doc_enc: string; proof: PersonProof }
  phone: string
  place: { code: string; regionId: string }
}

/** The colour the claimant's own answers give (no history: they have none here). */
function answersColour(input: ResidentDeclaration, feverThreshold: number): Colour {
  const fever = input.symptoms.includes('fever') || (input.temperature ?? 0) >= feverThreshold
  return fever || input.contactWithCases ? 'yellow' : 'green'
}

export async function fileClaim(db: Db, settings: ResidentSettings, c: ClaimInput) {
  const id = randomUUID()
  const at = nowIso(now)
  await insertClaim(db, {
    id,
    person_id: c.person.id,
    region_id: c.person.region_id,
    name: c.input.name.trim(),
    phone_enc: encryptField(c.phone),
    phone_masked: maskPhone(c.phone),
    place_code: c.place.code,
    status: 'pending',
    created_at: at,
    resolved_by: null,
    resolved_at: null,
  })
  await recordAudit(
    db,
    { userId: null, username: 'resident' },
    { action: 'identity_claim.file', entity: 'person', entityId: c.person.id, detail: { claim: id } },
  )
  const { pass, deviceSecret } = await claimantPass(db, settings, {
    name: c.input.name,
    last4: decryptField(c.person.doc_enc).slice(-4),
    regionId: c.place.regionId,
    colour: answersColour(c.input, settings.feverThreshold),
  })
  return { declaration: { id, declaredAt: at }, keyPerson: false, pass, deviceSecret }
}

export async function listClaims(db: Db, actor: Actor, status: ClaimStatus) {
  const rows = await listClaimsWithin(db, actor.scopePath, status)
  return {
    items: rows.map((r) => ({
      id: r.id,
      personId: r.person_id,
      regionId: r.region_id,
      name: maskName(r.name),
      phone: r.phone_masked,
      placeCode: r.place_code,
      status: r.status,
      createdAt: r.created_at,
      resolvedAt: r.resolved_at,
    })),
  }
}

/** Accepting gives the record to the claimant (name, phone) and signs out the other phones. */
export async function resolveClaim(db: Db, actor: Actor, id: string, accept: boolean) {
  const claim = await findClaim(db, id)
  if (!claim) throw new AppError(CommonErrors.NOT_FOUND, { what: 'identity_claim' })
  assertInScope(actor, claim.region_path)
  const res = await setClaimStatus(
    db,
    id,
    accept ? 'accepted' : 'rejected',
    actor.userId ?? 'system',
    nowIso(now),
  )
  if (Number(res.numUpdatedRows) === 0) throw new AppError(CommonErrors.NOT_FOUND, { what: 'identity_claim' })
  if (accept) {
    const phone = decryptField(claim.phone_enc)
    await takeOverPerson(db, actor, claim.person_id, { name: claim.name, phone }, 'claim')
    await revokeOtherDevices(db, claim.person_id)
  }
  await recordAudit(db, actor, {
    action: accept ? 'identity_claim.accept' : 'identity_claim.reject',
    entity: 'person',
    entityId: claim.person_id,
    detail: { claim: id },
  })
  return { id, status: accept ? 'accepted' : 'rejected' }
}
