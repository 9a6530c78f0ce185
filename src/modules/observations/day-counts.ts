// Observations opened and released per day per community, kept with each open and release
// (src/core/day-counts.ts), so the report's figures sum days × communities rows.
import type { Db } from '../../db/db.js'
import { addDayCounts, replaceDayCounts, sumDayCounts } from '../../core/day-counts.js'
import type { ObservationCounts } from './counts.js'

const TABLE = 'observation_day_count'

export const countOpened = (db: Db, o: { starts_on: string; region_id: string }) =>
  addDayCounts(db, TABLE, [{ day: o.starts_on, regionId: o.region_id, kind: 'opened', n: 1 }])

export const countReleased = (db: Db, o: { released_on: string; region_id: string }) =>
  addDayCounts(db, TABLE, [{ day: o.released_on, regionId: o.region_id, kind: 'released', n: 1 }])

export async function rebuildObservationCounts(db: Db): Promise<void> {
  const opened = await db
    .selectFrom('observation')
    .select(['region_id', 'starts_on as day', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['region_id', 'starts_on'])
    .execute()
  const released = await db
    .selectFrom('observation')
    .select(['region_id', 'released_on as day', (eb) => eb.fn.countAll<number>().as('n')])
    .where('released_on', 'is not', null)
    .groupBy(['region_id', 'released_on'])
    .execute()
  await replaceDayCounts(db, TABLE, [
    ...opened.map((r) => ({ day: r.day, regionId: r.region_id, kind: 'opened', n: Number(r.n) })),
    ...released.map((r) => ({ day: r.day!, regionId: r.region_id, kind: 'released', n: Number(r.n) })),
  ])
}

/** The report's observation figures from the day counts (a region at or above community level). */
export async function observationDayTotals(
  db: Db,
  q: { asOf: string; withinPath: string },
): Promise<ObservationCounts> {
  const { upTo, on } = await sumDayCounts(db, TABLE, q)
  const cumulative = upTo.opened ?? 0
  const released = upTo.released ?? 0
  return {
    cumulative,
    released,
    current: cumulative - released,
    newToday: on.opened ?? 0,
    releasedToday: on.released ?? 0,
  }
}
