// The list bench's extra rows on top of report-data.ts's district: declarations and audit
// entries (people, households, key persons, observations and passages come from
// loadDistrict), and a copy of the whole file into PostgreSQL so both databases list the
// same rows.
import SQLite from 'better-sqlite3'
import pg from 'pg'

type Row = Record<string, unknown>

function insertMany(raw: SQLite.Database, table: string, count: number, make: (i: number) => Row) {
  const cols = Object.keys(make(0))
  const per = Math.floor(30_000 / cols.length)
  const sqlFor = (n: number) =>
    `insert into ${table} (${cols.join(',')}) values ${Array(n)
      .fill(`(${cols.map(() => '?').join(',')})`)
      .join(',')}`
  const full = raw.prepare(sqlFor(per))
  raw.transaction(() => {
    for (let i = 0; i < count; i += per) {
      const n = Math.min(per, count - i)
      const values: unknown[] = []
      for (let k = 0; k < n; k++) values.push(...Object.values(make(i + k)))
      ;(n === per ? full : raw.prepare(sqlFor(n))).run(values)
    }
  })()
}

/** Declarations (one per two people) and audit entries (one per person) into a loaded district file. */
export function loadListRows(file: string, people: number, log: (s: string) => void) {
  const raw = new SQLite(file)
  raw.pragma('synchronous = OFF')
  raw.pragma('foreign_keys = OFF')
  const personId = (i: number) => `p${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`
  const regionOf = raw.prepare('select region_id from person where id = ?').pluck()
  const regions = new Map<number, string>()
  // people come in runs of 2.5 per household, households round the compounds: sample the mapping
  const region = (i: number) => {
    const k = i % 5000
    if (!regions.has(k)) regions.set(k, regionOf.get(personId(k)) as string)
    return regions.get(k)!
  }
  const DECLARATIONS = Math.round(people / 2)
  insertMany(raw, 'declaration', DECLARATIONS, (i) => ({
    id: `d${i}`,
    person_id: personId((i * 2) % people),
    region_id: region((i * 2) % people),
    source: 'self',
    from_place: i % 3 ? null : '湖北',
    symptoms: '[]',
    temperature: 36.5,
    contact_with_cases: 0,
    declared_at: new Date(Date.parse('2020-02-01T00:00:00.000Z') + i * 1000).toISOString(),
  }))
  log(`declarations ${DECLARATIONS}`)
  const AUDIT = people
  const first = (raw.prepare('select seq from audit_head where id = 1').pluck().get() as number) + 1
  insertMany(raw, 'audit_event', AUDIT, (i) => ({
    seq: first + i,
    at: new Date(Date.parse('2020-02-01T00:00:00.000Z') + i * 1000).toISOString(),
    actor_id: null,
    actor_name: 'system',
    action: 'person.create',
    entity: 'person',
    entity_id: personId(i % people),
    detail: null,
    prev_hash: '-',
    hash: '-',
  }))
  // the chain is not verified here; the head only has to be past the loaded entries
  raw
    .prepare('update audit_head set seq = ?, keyed_from = ? where id = 1')
    .run(first + AUDIT - 1, first + AUDIT)
  log(`audit entries ${AUDIT}`)
  // 扫楼: one district-wide sweep listing every household
  raw.exec(`create temp table one as select * from campaign where id = 'c0';
    update one set id = 'cd', region_id = (select id from region where parent_id is null);
    insert into campaign select * from one`)
  raw.exec(`insert into sweep_item (id, campaign_id, household_id, region_id, outcome, visits, updated_at)
    select 'i' || id, 'cd', id, region_id, 'pending', 0, '2020-02-01T00:00:00.000Z' from household`)
  log('sweep items: one per household')
  raw.exec('analyze')
  raw.close()
}

/** Copies these tables' rows from the SQLite file into a migrated PostgreSQL database. */
export async function copyToPostgres(file: string, url: string, tables: string[], log: (s: string) => void) {
  const raw = new SQLite(file, { readonly: true })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  // foreign keys are already whole in the source; checking them row by row triples the load
  await client.query('set session_replication_role = replica')
  for (const table of tables) {
    const { rows: idx } = await client.query<{ indexname: string; indexdef: string }>(
      `select i.indexname, i.indexdef from pg_indexes i
        where i.tablename = $1 and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
      [table],
    )
    for (const i of idx) await client.query(`drop index ${i.indexname}`)
    await client.query(`delete from ${table}`)
    const cols = (raw.prepare(`pragma table_info(${table})`).all() as { name: string }[]).map((c) => c.name)
    const per = Math.floor(60_000 / cols.length)
    let batch: unknown[] = []
    let n = 0
    const flush = async () => {
      if (!batch.length) return
      const rowsIn = batch.length / cols.length
      const values = Array.from(
        { length: rowsIn },
        (_, r) => `(${cols.map((_, c) => `$${r * cols.length + c + 1}`).join(',')})`,
      )
      await client.query(`insert into ${table} (${cols.join(',')}) values ${values.join(',')}`, batch)
      batch = []
    }
    for (const row of raw.prepare(`select * from ${table}`).raw().iterate() as Iterable<unknown[]>) {
      batch.push(...row)
      if (++n % per === 0) await flush()
    }
    await flush()
    for (const i of idx) await client.query(i.indexdef)
    log(`postgres ${table} ${n}`)
  }
  await client.query('analyze')
  await client.query('vacuum')
  await client.end()
  raw.close()
}
