// 关联确认: a liaison who lists someone registered outside the enterprise's region subtree
// makes a pending link; the person's own community (staff whose scope holds the person's
// region) accepts or refuses it. Only then does the enterprise see a colour.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import { findPerson } from '../people/index.js'
import { raiseAlertIfWorse } from './alerts.service.js'
import { hireColour } from './colour.link.js'
import { decideHireLink, findHire, pendingHires, type HireLink } from './enterprises.queries.js'
import { HireErrors } from './hires.service.js'

/** Pending links whose person lives in the actor's scope, oldest first. */
export async function listPendingLinks(db: Db, actor: Actor) {
  const out = []
  // Pending links are few (one per hire from elsewhere); filter by the person's region here.
  for (const hire of await pendingHires(db, 2000)) {
    const person = await findPerson(db, hire.person_id)
    if (!person || !isInScope(actor, person.region_path)) continue
    const entered = hire.entered_name ?? ''
    out.push({
      id: hire.id,
      enterpriseName: hire.enterprise_name,
      enterpriseRegionName: hire.enterprise_region_name,
      enteredName: entered,
      personId: person.id,
      personName: person.name,
      document: person.doc_masked,
      regionName: person.region_name,
      nameMatches: entered === person.name,
      requestedAt: hire.created_at,
    })
    if (out.length >= 500) break
  }
  return out
}

/** Accepts or refuses a pending link; the person must be in the actor's scope (else 404). */
export async function decideLink(db: Db, actor: Actor, hireId: string, accept: boolean) {
  const hire = await findHire(db, hireId)
  const person = hire && (await findPerson(db, hire.person_id))
  if (!hire || !person || !isInScope(actor, person.region_path))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'hire' })
  if (hire.link !== 'pending') throw new AppError(HireErrors.HIRE_LINK_DECIDED)
  const link: HireLink = accept ? 'linked' : 'refused'
  const changed = await decideHireLink(db, hire.id, link, actor.userId, nowIso(now))
  // decided by someone else in the meantime
  if (Number(changed.numUpdatedRows) !== 1) throw new AppError(HireErrors.HIRE_LINK_DECIDED)
  // The first colour the enterprise sees sets the baseline; alerts follow from there.
  if (accept) await raiseAlertIfWorse(db, { ...hire, link }, (await hireColour(db, person.id)).colour)
  await recordAudit(db, actor, {
    action: accept ? 'enterprise.hire.accept' : 'enterprise.hire.refuse',
    entity: 'person',
    entityId: person.id,
    detail: { hire: hire.id, enterprise: hire.enterprise_id },
  })
  return { id: hire.id, link }
}
