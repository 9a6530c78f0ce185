// 暖心服务 per day per community (src/core/day-counts.ts): deliveries (times) on their day,
// and each household once, on the day and in the region of its first delivery. Kept with
// each delivery; rebuilt from the deliveries.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import {
  addDayCounts,
  replaceDayCounts,
  replaceFirsts,
  settleFirst,
  sumDayCounts,
} from '../../core/day-counts.js'

const TABLES = { firsts: 'care_first', counts: 'care_day_count' }

/** After a delivery to `householdId` on `doneOn` in `regionId`. */
export async function countDelivery(db: Db, d: { householdId: string; regionId: string; doneOn: string }) {
  await addDayCounts(db, TABLES.counts, [{ day: d.doneOn, regionId: d.regionId, kind: 'times', n: 1 }])
  const first = await db
    .selectFrom('care_fulfilment')
    .select(['done_at', 'done_on', 'region_id'])
    .where('household_id', '=', d.householdId)
    .orderBy('done_on')
    .orderBy('done_at')
    .orderBy('region_id')
    .executeTakeFirst()
  await settleFirst(
    db,
    TABLES,
    'households',
    d.householdId,
    first && { at: first.done_at, day: first.done_on, regionId: first.region_id },
  )
}

export async function rebuildCareCounts(db: Db): Promise<void> {
  const records = sql`select 'households' as kind, household_id as key, done_at as at, done_on as day,
    region_id from care_fulfilment`
  const households = await replaceFirsts(db, TABLES, records)
  const times = await db
    .selectFrom('care_fulfilment')
    .select(['region_id', 'done_on', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['region_id', 'done_on'])
    .execute()
  await replaceDayCounts(db, TABLES.counts, [
    ...households,
    ...times.map((r) => ({ day: r.done_on, regionId: r.region_id, kind: 'times', n: Number(r.n) })),
  ])
}

/** Households cared for and deliveries, from the day counts (a region at or above community level). */
export async function careDayTotals(db: Db, q: { asOf: string; withinPath: string }) {
  const { upTo } = await sumDayCounts(db, TABLES.counts, q)
  return { households: upTo.households ?? 0, times: upTo.times ?? 0 }
}
