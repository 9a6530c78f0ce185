// A person's colour as staff see it: current colour with reasons, case status, history.
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { getPersonInScope } from '../people/index.js'
import { recomputeColour } from './colour.service.js'
import { findCaseStatus, listColourHistory } from './passes.queries.js'

export async function colourView(db: Db, actor: Actor, personId: string) {
  const person = await getPersonInScope(db, actor, personId)
  const current = await recomputeColour(db, person.id, 'view')
  const status = await findCaseStatus(db, person.id)
  return {
    personId: person.id,
    colour: current.colour,
    reasons: current.reasons,
    rulesVersion: current.rulesVersion,
    computedAt: current.computedAt,
    caseStatus: status && status.status !== 'none' ? status.status : null,
    history: await listColourHistory(db, person.id),
  }
}
