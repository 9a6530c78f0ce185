import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

/** 重点人员建档 key persons filed before `beforeIso`, inside the subtree at `withinPath`. */
export async function keyPersonCounts(db: Db, q: { beforeIso: string; withinPath: string }) {
  const row = await db
    .selectFrom('key_person as k')
    .innerJoin('region as r', 'r.id', 'k.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('k.filed_at', '<', q.beforeIso)
    .select((eb) => [
      eb.fn.count<number>('k.person_id').distinct().as('people'),
      eb.fn.countAll<number>().as('files'),
    ])
    .executeTakeFirstOrThrow()
  return { filed: Number(row.people), files: Number(row.files) }
}
