// A hire's pass colour (码色), from the passes module's colour service: recomputed on read
// because time-bound facts lapse without an event.
import type { Db } from '../../db/db.js'
import { recomputeColour } from '../passes/index.js'
import type { Colour } from './enterprises.queries.js'

export async function hireColour(db: Db, personId: string) {
  const c = await recomputeColour(db, personId, 'enterprise')
  return { colour: c.colour as Colour, reasons: c.reasons.map((r) => r.zh) }
}
