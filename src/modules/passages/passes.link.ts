// What the passes module (健康通行码, built separately) may call: passages store the pass id
// and the colour the gate read; once a pass id is known to belong to a person, the
// passages made with it can be linked to that person, and listed for contact tracing.
import type { Db } from '../../db/db.js'
export { setPassResolver, type PassResolver } from './prepare.js'

/** Sets the person on every passage made with this pass; returns how many. */
export async function linkPassToPerson(db: Db, passId: string, personId: string): Promise<number> {
  const r = await db
    .updateTable('passage')
    .set({ person_id: personId })
    .where('pass_id', '=', passId)
    .where('person_id', 'is', null)
    .executeTakeFirst()
  return Number(r.numUpdatedRows)
}

/** Passages made with one pass since a time: checkpoint, time, direction, verdict. */
export const passagesOfPass = (db: Db, passId: string, since: string) =>
  db
    .selectFrom('passage')
    .select(['id', 'checkpoint_id', 'occurred_at', 'direction', 'verdict', 'pass_colour', 'fever'])
    .where('pass_id', '=', passId)
    .where('occurred_at', '>=', since)
    .orderBy('occurred_at')
    .execute()
