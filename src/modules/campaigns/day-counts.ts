// Screening figures per day per community (src/core/day-counts.ts): each person (or number
// reached without a registry entry) counts once, on the day and in the region of their first
// sighting or reached call; each number once when first called and once when first reached.
// Kept by recordVisit and recordCall in their transactions; rebuilt from the records.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import {
  replaceDayCounts,
  replaceFirsts,
  settleFirst,
  sumDayCounts,
  type Earliest,
} from '../../core/day-counts.js'
import type { ScreeningTotals } from './totals.js'

const TABLES = { firsts: 'screening_first', counts: 'screening_day_count' }

/** The key a screened person counts under: the registry id, or the number's blind index. */
export const screenedKey = (personId: string | null, phoneBidx: string | null) =>
  personId ? `person:${personId}` : `number:${phoneBidx ?? ''}`

function pick(rows: { at: string; region_id: string }[]): Earliest | undefined {
  const first = [...rows].sort((a, b) =>
    a.at === b.at ? (a.region_id < b.region_id ? -1 : 1) : a.at < b.at ? -1 : 1,
  )[0]
  return first && { at: first.at, regionId: first.region_id }
}

async function earliestScreening(db: Db, key: string): Promise<Earliest | undefined> {
  const reached = db
    .selectFrom('call_attempt as a')
    .innerJoin('call_entry as e', 'e.id', 'a.entry_id')
    .where('a.outcome', '=', 'reached')
    .select(['a.at', 'a.region_id'])
    .orderBy('a.at')
    .orderBy('a.region_id')
    .limit(1)
  if (key.startsWith('number:'))
    return pick(
      await reached
        .where('e.person_id', 'is', null)
        .where('e.phone_bidx', '=', key.slice('number:'.length))
        .execute(),
    )
  const personId = key.slice('person:'.length)
  const [seen, called] = await Promise.all([
    db
      .selectFrom('sweep_seen')
      .select(['at', 'region_id'])
      .where('person_id', '=', personId)
      .orderBy('at')
      .orderBy('region_id')
      .limit(1)
      .execute(),
    reached.where('e.person_id', '=', personId).execute(),
  ])
  return pick([...seen, ...called])
}

/** After sightings or a reached call: the people's (or numbers') first screening. */
export async function settleScreened(db: Db, keys: string[]): Promise<void> {
  for (const key of new Set(keys))
    await settleFirst(db, TABLES, 'screened', key, await earliestScreening(db, key))
}

/** After a call: the entry's first call and first reached call. */
export async function settleCalled(db: Db, entryId: string): Promise<void> {
  for (const kind of ['called', 'reached'] as const) {
    let q = db
      .selectFrom('call_attempt')
      .select(['at', 'region_id'])
      .where('entry_id', '=', entryId)
      .orderBy('at')
      .orderBy('region_id')
      .limit(1)
    if (kind === 'reached') q = q.where('outcome', '=', 'reached')
    await settleFirst(db, TABLES, kind, entryId, pick(await q.execute()))
  }
}

export async function rebuildScreeningCounts(db: Db): Promise<void> {
  const noDay = sql`cast(null as text)`
  const records = sql`
    select 'screened' as kind, 'person:' || person_id as key, at, ${noDay} as day, region_id from sweep_seen
    union all
    select 'screened', case when e.person_id is null then 'number:' || coalesce(e.phone_bidx, '')
        else 'person:' || e.person_id end, a.at, ${noDay}, a.region_id
      from call_attempt a join call_entry e on e.id = a.entry_id where a.outcome = 'reached'
    union all
    select 'called', a.entry_id, a.at, ${noDay}, a.region_id from call_attempt a
    union all
    select 'reached', a.entry_id, a.at, ${noDay}, a.region_id from call_attempt a where a.outcome = 'reached'`
  await replaceDayCounts(db, TABLES.counts, await replaceFirsts(db, TABLES, records))
}

/** 排查总数 from the day counts (a region at or above community level). */
export async function screeningDayTotals(
  db: Db,
  q: { asOf: string; withinPath: string },
): Promise<ScreeningTotals> {
  const { upTo } = await sumDayCounts(db, TABLES.counts, q)
  return {
    peopleScreened: upTo.screened ?? 0,
    numbersCalled: upTo.called ?? 0,
    numbersReached: upTo.reached ?? 0,
  }
}
