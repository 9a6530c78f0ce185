// Queries of the building sweep (扫楼) checklist.
import type { Db } from '../../db/db.js'
import { boundedCount } from '../../db/paging.js'
import { withinSubtree } from '../../core/subtree.js'
import type { SweepState } from './campaigns.queries.js'

export const findSweepItem = (db: Db, id: string) =>
  db
    .selectFrom('sweep_item as i')
    .innerJoin('region as r', 'r.id', 'i.region_id')
    .selectAll('i')
    .select(['r.path as region_path', 'r.name as region_name'])
    .where('i.id', '=', id)
    .executeTakeFirst()

export type SweepItemRow = NonNullable<Awaited<ReturnType<typeof findSweepItem>>>

export interface ItemFilter {
  campaignId: string
  withinPath: string
  state?: SweepState
  assigneeId?: string
  offset: number
  limit: number
}

export async function searchSweepItems(db: Db, f: ItemFilter) {
  let q = db
    .selectFrom('sweep_item as i')
    .innerJoin('region as r', 'r.id', 'i.region_id')
    .where('i.campaign_id', '=', f.campaignId)
    .where(withinSubtree('r.path', f.withinPath))
  if (f.state) q = q.where('i.outcome', '=', f.state)
  if (f.assigneeId) q = q.where('i.assignee_id', '=', f.assigneeId)
  const [rows, total] = await Promise.all([
    q
      .selectAll('i')
      .select(['r.path as region_path', 'r.name as region_name'])
      // building by building, household by household
      .orderBy('r.path')
      .orderBy('i.address')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    boundedCount(db, q),
  ])
  return { rows: rows as SweepItemRow[], ...total }
}

/** Every item of the campaign inside a subtree, lean, for coverage. */
export const sweepItemsWithin = (db: Db, campaignId: string, withinPath: string) =>
  db
    .selectFrom('sweep_item as i')
    .innerJoin('region as r', 'r.id', 'i.region_id')
    .select(['i.outcome', 'i.assignee_id', 'i.household_id', 'r.path as region_path'])
    .where('i.campaign_id', '=', campaignId)
    .where(withinSubtree('r.path', withinPath))
    .execute()

export const assignSweepItems = (db: Db, campaignId: string, withinPath: string, assigneeId: string | null) =>
  db
    .updateTable('sweep_item')
    .set({ assignee_id: assigneeId })
    .where('campaign_id', '=', campaignId)
    .where('region_id', 'in', (eb) =>
      eb.selectFrom('region').select('id').where(withinSubtree('path', withinPath)),
    )
    .executeTakeFirst()
