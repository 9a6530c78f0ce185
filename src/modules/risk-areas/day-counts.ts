// 重点人员建档 per day per community (src/core/day-counts.ts): a person counts once, on the
// day and in the region of their first file. Kept with each filing; rebuilt from the files.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { replaceDayCounts, replaceFirsts, settleFirst, sumDayCounts } from '../../core/day-counts.js'

const TABLES = { firsts: 'key_person_first', counts: 'key_person_day_count' }

/** After a filing: the person's first file. */
export async function settleFiled(db: Db, personId: string): Promise<void> {
  const first = await db
    .selectFrom('key_person')
    .select(['filed_at', 'region_id'])
    .where('person_id', '=', personId)
    .orderBy('filed_at')
    .orderBy('region_id')
    .executeTakeFirst()
  await settleFirst(db, TABLES, 'filed', personId, first && { at: first.filed_at, regionId: first.region_id })
}

export async function rebuildKeyPersonCounts(db: Db): Promise<void> {
  const records = sql`select 'filed' as kind, person_id as key, filed_at as at, cast(null as text) as day,
    region_id from key_person`
  await replaceDayCounts(db, TABLES.counts, await replaceFirsts(db, TABLES, records))
}

/** Key persons filed, from the day counts (a region at or above community level). */
export async function keyPersonDayTotals(db: Db, q: { asOf: string; withinPath: string }) {
  const { upTo } = await sumDayCounts(db, TABLES.counts, q)
  return { filed: upTo.filed ?? 0 }
}
