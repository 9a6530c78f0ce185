// Counts per day per community, kept by the modules in the same transaction as their writes,
// so that the situation report sums at most days × communities rows instead of counting
// records (issue 17). A module owns two tables of these shapes (created by its migrations):
//   <x>_day_count (region_id, kind, day, n)      primary key (region_id, kind, day)
//   <x>_first     (kind, key, at, day, region_id)     primary key (kind, key)
// (`day` is the record's own local date where it has one, e.g. a care visit's done_on; null
// where the day is the local day of `at`.)
// A distinct figure (people screened, households cared for) counts a key once, on the day of
// its earliest record: the `_first` row remembers that record, so an edit or a deletion can
// move the count to the next earliest one (settleFirst).
// Rows hang on the community (or village) of the record's region, the finest level the report
// sums; a report on a region below that counts its few records directly.
import { sql, type Kysely } from 'kysely'
import { timestampType } from '../db/columns.js'
import { dialectOf, type Db } from '../db/db.js'
import { localDate } from '../shared/days.js'
import { timeZone } from './clock.js'
import { SUBTREE_END } from './subtree.js'

/** Region types that keep the counts of everything below them. */
export const COUNT_LEVEL = ['community', 'village'] as const
/** Region types below the count level: their reports count records. */
export const BELOW_COUNT_LEVEL = new Set(['compound', 'natural_village', 'building'])

export interface DayCount {
  day: string
  regionId: string
  kind: string
  n: number
}

/** The local day (deployment zone) of an ISO instant. */
export const dayOf = (iso: string): string => localDate(Date.parse(iso), timeZone())

/** Region id → the id its counts hang on: the nearest community or village at or above it. */
export async function countRegions(db: Db, regionIds: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(regionIds)]
  if (!wanted.length) return new Map()
  const leaves = await db.selectFrom('region').select(['id', 'path']).where('id', 'in', wanted).execute()
  const ancestorIds = [...new Set(leaves.flatMap((r) => r.path.split('/').filter(Boolean)))]
  const levels = await db
    .selectFrom('region')
    .select('id')
    .where('id', 'in', ancestorIds)
    .where('type', 'in', [...COUNT_LEVEL])
    .execute()
  const isLevel = new Set(levels.map((r) => r.id))
  const out = new Map<string, string>()
  for (const leaf of leaves) {
    const ids = leaf.path.split('/').filter(Boolean).reverse()
    out.set(leaf.id, ids.find((id) => isLevel.has(id)) ?? leaf.id)
  }
  return out
}

/** Adds `n` (negative to take away) to the counts, mapping each region to its count region. */
export async function addDayCounts(db: Db, table: string, rows: DayCount[]): Promise<void> {
  const live = rows.filter((r) => r.n !== 0)
  if (!live.length) return
  const map = await countRegions(
    db,
    live.map((r) => r.regionId),
  )
  const summed = new Map<string, DayCount>()
  for (const r of live) {
    const regionId = map.get(r.regionId) ?? r.regionId
    const k = `${regionId}\t${r.kind}\t${r.day}`
    const into = summed.get(k)
    if (into) into.n += r.n
    else summed.set(k, { ...r, regionId })
  }
  for (const r of summed.values())
    await sql`insert into ${sql.table(table)} (region_id, kind, day, n)
      values (${r.regionId}, ${r.kind}, ${r.day}, ${r.n})
      on conflict (region_id, kind, day) do update set n = ${sql.table(table)}.n + excluded.n`.execute(db)
}

export interface DaySums {
  /** kind → sum over the days up to and including asOf */
  upTo: Record<string, number>
  /** kind → the sum of asOf itself */
  on: Record<string, number>
}

/** The counts of `table` inside the subtree at `withinPath`, as of the local day `asOf`. */
export async function sumDayCounts(
  db: Db,
  table: string,
  q: { asOf: string; withinPath: string },
): Promise<DaySums> {
  const { rows } = await sql<{ kind: string; up_to: number | string; on_day: number | string }>`
    select d.kind, sum(d.n) as up_to, sum(case when d.day = ${q.asOf} then d.n else 0 end) as on_day
    from region r join ${sql.table(table)} d on d.region_id = r.id
    where r.path >= ${q.withinPath} and r.path < ${q.withinPath + SUBTREE_END} and d.day <= ${q.asOf}
    group by d.kind`.execute(db)
  const out: DaySums = { upTo: {}, on: {} }
  for (const r of rows) {
    out.upTo[r.kind] = Number(r.up_to)
    out.on[r.kind] = Number(r.on_day)
  }
  return out
}

/** Rebuild: replaces every row of `table` by `rows` (per record region; mapped and summed here). */
export async function replaceDayCounts(db: Db, table: string, rows: DayCount[]): Promise<void> {
  await sql`delete from ${sql.table(table)}`.execute(db)
  const map = await countRegions(
    db,
    rows.map((r) => r.regionId),
  )
  const summed = new Map<string, DayCount>()
  for (const r of rows) {
    const regionId = map.get(r.regionId) ?? r.regionId
    const k = `${regionId}\t${r.kind}\t${r.day}`
    const into = summed.get(k)
    if (into) into.n += r.n
    else summed.set(k, { ...r, regionId })
  }
  const all = [...summed.values()].filter((r) => r.n !== 0)
  for (let i = 0; i < all.length; i += 500) {
    const values = all.slice(i, i + 500).map((r) => sql`(${r.regionId}, ${r.kind}, ${r.day}, ${r.n})`)
    await sql`insert into ${sql.table(table)} (region_id, kind, day, n) values ${sql.join(values)}`.execute(
      db,
    )
  }
}

export interface FirstTables {
  /** the `_first` table */
  firsts: string
  /** the `_day_count` table its keys count in */
  counts: string
}

export interface Earliest {
  at: string
  /** the record's own date, when the figure counts by it rather than by the day of `at` */
  day?: string | null
  regionId: string
}

const dayOfFirst = (e: Earliest) => e.day ?? dayOf(e.at)

/**
 * Makes the stored first record of (kind, key) the given earliest one (undefined: the key has
 * no record left), moving its count from the old day and region to the new.
 */
export async function settleFirst(
  db: Db,
  t: FirstTables,
  kind: string,
  key: string,
  earliest: Earliest | undefined,
): Promise<void> {
  const { rows } = await sql<Earliest>`select at, day, region_id as "regionId" from ${sql.table(t.firsts)}
    where kind = ${kind} and key = ${key}`.execute(db)
  const stored = rows[0]
  if (
    stored &&
    earliest &&
    stored.at === earliest.at &&
    (stored.day ?? null) === (earliest.day ?? null) &&
    stored.regionId === earliest.regionId
  )
    return
  const moves: DayCount[] = []
  if (stored) {
    moves.push({ day: dayOfFirst(stored), regionId: stored.regionId, kind, n: -1 })
    await sql`delete from ${sql.table(t.firsts)} where kind = ${kind} and key = ${key}`.execute(db)
  }
  if (earliest) {
    moves.push({ day: dayOfFirst(earliest), regionId: earliest.regionId, kind, n: 1 })
    await sql`insert into ${sql.table(t.firsts)} (kind, key, at, day, region_id)
      values (${kind}, ${key}, ${earliest.at}, ${earliest.day ?? null}, ${earliest.regionId})`.execute(db)
  }
  await addDayCounts(db, t.counts, moves)
}

/**
 * Rebuild of the firsts: `records` is a query of (kind, key, at, day, region_id) rows, one
 * per record; the earliest of each key (by day, then instant, then region id: the order the
 * module's own `earliest` look-ups use) is kept. Returns their day counts, for replaceDayCounts.
 */
export async function replaceFirsts(
  db: Db,
  t: FirstTables,
  records: ReturnType<typeof sql>,
): Promise<DayCount[]> {
  await sql`delete from ${sql.table(t.firsts)}`.execute(db)
  await sql`insert into ${sql.table(t.firsts)} (kind, key, at, day, region_id)
    select kind, key, at, day, region_id from (
      select kind, key, at, day, region_id,
        row_number() over (partition by kind, key order by day, at, region_id) as rn
      from (${records}) as rec) as ranked
    where rn = 1`.execute(db)
  // one row per region and minute: a local day is whole minutes in every zone
  const minute =
    dialectOf(db) === 'postgres'
      ? sql`to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI')`
      : sql`substr(at, 1, 16)`
  const { rows } = await sql<{
    kind: string
    region_id: string
    minute: string
    day: string | null
    n: number | string
  }>`
    select kind, region_id, ${minute} as minute, day, count(*) as n from ${sql.table(t.firsts)}
    group by kind, region_id, ${minute}, day`.execute(db)
  return rows.map((r) => ({
    kind: r.kind,
    regionId: r.region_id,
    day: r.day ?? dayOf(`${r.minute}:00.000Z`),
    n: Number(r.n),
  }))
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

/** Migration: a module's `<x>_day_count` table. */
export async function createDayCountTable(db: AnyDb, name: string): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['region_id', 'kind', 'day'])
    .execute()
}

/** Migration: a module's `<x>_first` table. */
export async function createFirstTable(db: AnyDb, name: string): Promise<void> {
  await db.schema
    .createTable(name)
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', timestampType(db), (c) => c.notNull())
    .addColumn('day', 'text')
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint(`${name}_pk`, ['kind', 'key'])
    .execute()
}
