import { CompiledQuery } from 'kysely'
import { dialectOf, type Db } from '../../db/db.js'
import type { PassColour, Verdict } from '../../shared/verdict.js'

export interface PassageTable {
  id: string
  checkpoint_id: string
  region_id: string
  direction: 'in' | 'out'
  occurred_at: string
  device_at: string
  received_at: string
  clock_skew_ms: number | null
  skewed: number
  offline: number
  pass_id: string | null
  pass_colour: PassColour | null
  /** 1: the server verified the scanned QR; pass_id and pass_colour come from it */
  verified: number
  person_id: string | null
  doc_enc: string | null
  doc_bidx: string | null
  doc_masked: string | null
  temperature: number | null
  fever: number
  plate: string | null
  passengers: number | null
  verdict: Verdict
  reason: string | null
  staff_user_id: string
  /** 'gate': recorded at the gate; 'paper': typed in afterwards from a paper register (纸质登记) */
  source: 'gate' | 'paper'
  name_enc: string | null
  name_masked: string | null
  phone_enc: string | null
  phone_bidx: string | null
}

export interface HourlyTable {
  checkpoint_id: string
  /** start of the UTC hour, ISO text */
  hour: string
  ins: number
  outs: number
  denied: number
  referred: number
  fevers: number
  total: number
}

declare module '../../db/db.js' {
  interface Tables {
    passage: PassageTable
    passage_hourly: HourlyTable
  }
}

// The columns of a passage with their PostgreSQL array types, in one fixed order: a group
// of rows is inserted by one statement whose text never changes, so each database parses
// and plans it once (the query builder rebuilt a statement of N rows for every group).
const COLUMNS: [keyof PassageTable, string][] = [
  ['id', 'text'],
  ['checkpoint_id', 'text'],
  ['region_id', 'text'],
  ['direction', 'text'],
  ['occurred_at', 'timestamptz'],
  ['device_at', 'timestamptz'],
  ['received_at', 'timestamptz'],
  ['clock_skew_ms', 'bigint'],
  ['skewed', 'integer'],
  ['offline', 'integer'],
  ['pass_id', 'text'],
  ['pass_colour', 'text'],
  ['verified', 'integer'],
  ['person_id', 'text'],
  ['doc_enc', 'text'],
  ['doc_bidx', 'text'],
  ['doc_masked', 'text'],
  ['temperature', 'double precision'],
  ['fever', 'integer'],
  ['plate', 'text'],
  ['passengers', 'integer'],
  ['verdict', 'text'],
  ['reason', 'text'],
  ['staff_user_id', 'text'],
  ['source', 'text'],
  ['name_enc', 'text'],
  ['name_masked', 'text'],
  ['phone_enc', 'text'],
  ['phone_bidx', 'text'],
]
const NAMES = COLUMNS.map(([c]) => c).join(', ')

// SQLite: one statement text per group size, made once (and prepared once: db.ts keeps
// statements by their text). Unpacking a JSON array in SQL instead cost 40 µs a row.
const sqliteInserts = new Map<number, string>()
const ROW = `(${COLUMNS.map(() => '?').join(', ')})`
function sqliteInsert(n: number): string {
  let text = sqliteInserts.get(n)
  if (!text) {
    text = `insert into passage (${NAMES}) values ${Array(n).fill(ROW).join(', ')} on conflict (id) do nothing returning id`
    sqliteInserts.set(n, text)
  }
  return text
}
// PostgreSQL: one array per column, unnested into rows: one text for every size.
const POSTGRES_INSERT = `insert into passage (${NAMES}) select * from unnest(${COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ')})
  on conflict (id) do nothing returning id`

/** Inserts the rows that are new, in one statement; returns the ids actually inserted. */
export async function insertNewPassages(db: Db, rows: PassageTable[]): Promise<Set<string>> {
  const query =
    dialectOf(db) === 'sqlite'
      ? CompiledQuery.raw(
          sqliteInsert(rows.length),
          rows.flatMap((r) => COLUMNS.map(([c]) => r[c])),
        )
      : CompiledQuery.raw(
          POSTGRES_INSERT,
          COLUMNS.map(([c]) => rows.map((r) => r[c])),
        )
  const inserted = await db.executeQuery<{ id: string }>(query)
  return new Set(inserted.rows.map((r) => r.id))
}

export const findPassages = (db: Db, ids: string[]) =>
  db.selectFrom('passage').selectAll().where('id', 'in', ids).execute()

export const hourOf = (iso: string) => `${iso.slice(0, 13)}:00:00.000Z`

/** Adds newly stored passages to the per-hour counters (one upsert for the whole batch). */
export async function bumpHourlyCounters(db: Db, rows: PassageTable[]): Promise<void> {
  const buckets = new Map<string, HourlyTable>()
  for (const r of rows) {
    const hour = hourOf(r.occurred_at)
    const key = `${r.checkpoint_id}|${hour}`
    let b = buckets.get(key)
    if (!b)
      buckets.set(
        key,
        (b = {
          checkpoint_id: r.checkpoint_id,
          hour,
          ins: 0,
          outs: 0,
          denied: 0,
          referred: 0,
          fevers: 0,
          total: 0,
        }),
      )
    if (r.direction === 'in') b.ins++
    else b.outs++
    if (r.verdict === 'deny') b.denied++
    if (r.verdict === 'refer') b.referred++
    b.fevers += r.fever
    b.total++
  }
  if (buckets.size === 0) return
  await db
    .insertInto('passage_hourly')
    .values([...buckets.values()])
    .onConflict((oc) =>
      oc.columns(['checkpoint_id', 'hour']).doUpdateSet((eb) => ({
        ins: eb('passage_hourly.ins', '+', eb.ref('excluded.ins')),
        outs: eb('passage_hourly.outs', '+', eb.ref('excluded.outs')),
        denied: eb('passage_hourly.denied', '+', eb.ref('excluded.denied')),
        referred: eb('passage_hourly.referred', '+', eb.ref('excluded.referred')),
        fevers: eb('passage_hourly.fevers', '+', eb.ref('excluded.fevers')),
        total: eb('passage_hourly.total', '+', eb.ref('excluded.total')),
      })),
    )
    .execute()
}

export const listHourly = (db: Db, checkpointId: string, from: string, to: string) =>
  db
    .selectFrom('passage_hourly')
    .selectAll()
    .where('checkpoint_id', '=', checkpointId)
    .where('hour', '>=', from)
    .where('hour', '<', to)
    .orderBy('hour')
    .execute()

export const listRecentPassages = (db: Db, checkpointId: string, limit: number) =>
  db
    .selectFrom('passage')
    .selectAll()
    .where('checkpoint_id', '=', checkpointId)
    .orderBy('occurred_at', 'desc')
    .limit(limit)
    .execute()

/** Deletes up to `limit` passages older than `before`; returns how many went. */
export async function deletePassagesBefore(db: Db, before: string, limit: number): Promise<number> {
  const ids = db.selectFrom('passage').select('id').where('occurred_at', '<', before).limit(limit)
  const result = await db.deleteFrom('passage').where('id', 'in', ids).executeTakeFirst()
  return Number(result.numDeletedRows)
}
