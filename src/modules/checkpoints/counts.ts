import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import { CHECKPOINT_TYPES, type CheckpointType } from './checkpoints.queries.js'

/** 卡点 checkpoints set up before `beforeIso`, by type, inside the subtree at `withinPath`. */
export async function checkpointTypeCounts(db: Db, q: { beforeIso: string; withinPath: string }) {
  const rows = await db
    .selectFrom('checkpoint as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('c.created_at', '<', q.beforeIso)
    .select(['c.type', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('c.type')
    .execute()
  const counts = Object.fromEntries(CHECKPOINT_TYPES.map((t) => [t, 0])) as Record<CheckpointType, number>
  for (const r of rows) counts[r.type as CheckpointType] = Number(r.n)
  return counts
}

/** The ids of the checkpoints inside a subtree, as a subquery other modules can filter by. */
export const checkpointIdsWithin = (db: Db, withinPath: string) =>
  db
    .selectFrom('checkpoint as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .where(withinSubtree('r.path', withinPath))
    .select('c.id')
