// The report bench's district: 4 streets × 20 communities × 25 compounds, people, the
// sweeps that saw 90 % of them, observations with twice-daily readings and their key-person
// files, checkpoints and passages — bulk-loaded with SQL in the shapes the modules write
// (secondary indexes dropped during the load and rebuilt after, as in PERF.md).
import { randomUUID } from 'node:crypto'
import SQLite from 'better-sqlite3'

export interface Sizes {
  people: number
  passages: number
  observations: number
}

/** Fills a migrated SQLite file; `asOf` decides which observations are released by then. */
export function loadDistrict(file: string, sizes: Sizes, asOf: string, log: (s: string) => void) {
  const PEOPLE = sizes.people
  const PASSAGES = sizes.passages
  const OBSERVATIONS = sizes.observations
  const AS_OF = asOf
  const raw = new SQLite(file)
  raw.pragma('journal_mode = WAL')
  raw.pragma('synchronous = OFF')
  raw.pragma('foreign_keys = OFF')
  raw.pragma('cache_size = -262144')

  type Row = Record<string, unknown>
  const columnsOf = (table: string) =>
    raw.prepare(`pragma table_info(${table})`).all() as { name: string; notnull: number; type: string }[]

  /** Multi-row inserts of generated rows in big transactions; absent NOT NULL columns get a plain value. */
  function load(table: string, count: number, make: (i: number) => Row) {
    const cols = columnsOf(table)
    const per = Math.max(1, Math.floor(30_000 / cols.length))
    const stmt = raw.prepare(
      `insert into ${table} (${cols.map((c) => c.name).join(',')}) values ${Array(per)
        .fill(`(${cols.map(() => '?').join(',')})`)
        .join(',')}`,
    )
    const one = raw.prepare(
      `insert into ${table} (${cols.map((c) => c.name).join(',')}) values (${cols.map(() => '?').join(',')})`,
    )
    const fill = (r: Row) =>
      cols.map((c) =>
        c.name in r
          ? r[c.name]
          : c.notnull
            ? /int|real|float|double|big/i.test(c.type)
              ? 0
              : c.name.endsWith('_at')
                ? '2020-02-01T00:00:00.000Z'
                : '-'
            : null,
      )
    const tx = raw.transaction((from: number, to: number) => {
      let i = from
      for (; i + per <= to; i += per) {
        const values: unknown[] = []
        for (let k = 0; k < per; k++) values.push(...fill(make(i + k)))
        stmt.run(values)
      }
      for (; i < to; i++) one.run(fill(make(i)))
    })
    for (let i = 0; i < count; i += 500_000) tx(i, Math.min(count, i + 500_000))
  }

  /** Secondary indexes of these tables: dropped for the load, rebuilt after. */
  function withoutIndexes(tables: string[], fn: () => void) {
    const idx = raw
      .prepare(
        `select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${tables.map(() => '?').join(',')})`,
      )
      .all(...tables) as { name: string; sql: string }[]
    for (const i of idx) raw.exec(`drop index ${i.name}`)
    fn()
    for (const i of idx) raw.exec(i.sql)
  }

  // ---- the district: 4 streets, 20 communities each, 25 compounds each ----
  const top = raw.prepare(`select id, path from region where parent_id is null`).get() as {
    id: string
    path: string
  }
  const regions: Row[] = []
  const compounds: { id: string; path: string; community: string }[] = []
  const communities: { id: string; path: string }[] = []
  for (let s = 0; s < 4; s++) {
    const sid = randomUUID()
    const spath = `${top.path}${sid}/`
    regions.push({ id: sid, parent_id: top.id, path: spath, depth: 1, type: 'street', name: `街道${s + 1}` })
    for (let c = 0; c < 20; c++) {
      const cid = randomUUID()
      const cpath = `${spath}${cid}/`
      communities.push({ id: cid, path: cpath })
      regions.push({
        id: cid,
        parent_id: sid,
        path: cpath,
        depth: 2,
        type: 'community',
        name: `社区${s + 1}-${c + 1}`,
      })
      for (let k = 0; k < 25; k++) {
        const kid = randomUUID()
        compounds.push({ id: kid, path: `${cpath}${kid}/`, community: cid })
        regions.push({
          id: kid,
          parent_id: cid,
          path: `${cpath}${kid}/`,
          depth: 3,
          type: 'compound',
          name: `小区${k + 1}`,
        })
      }
    }
  }
  load('region', regions.length, (i) => regions[i])
  log(`regions ${regions.length}`)

  const compoundOf = (i: number) => compounds[i % compounds.length]
  const HOUSEHOLDS = Math.ceil(PEOPLE / 2.5)
  const personId = (i: number) => `p${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`
  withoutIndexes(['household', 'person'], () => {
    load('household', HOUSEHOLDS, (i) => ({ id: `h${i}`, region_id: compoundOf(i).id, address: `${i}号` }))
    load('person', PEOPLE, (i) => ({
      id: personId(i),
      region_id: compoundOf(Math.floor(i / 2.5)).id,
      household_id: `h${Math.floor(i / 2.5)}`,
      name: '张三',
      doc_type: 'id_card',
      doc_enc: 'v1.x.y.z',
      doc_bidx: `d${i}`,
      doc_masked: '3501**********1234',
      residence_type: 'registered',
      key_person: i % 10 === 0 ? 1 : 0,
    }))
  })
  log(`people ${PEOPLE}`)

  // sweeps saw 90 % of the people (排查); one campaign per community
  const SEEN = Math.round(PEOPLE * 0.9)
  withoutIndexes(['sweep_seen'], () => {
    load('campaign', communities.length, (i) => ({
      id: `c${i}`,
      region_id: communities[i].id,
      kind: 'sweep',
      name: '扫楼',
      status: 'open',
    }))
    load('sweep_seen', SEEN, (i) => ({
      id: `s${i}`,
      visit_id: `v${Math.floor(i / 2.5)}`,
      campaign_id: `c${communities.indexOf(communities.find((c) => c.id === compoundOf(Math.floor(i / 2.5)).community)!)}`,
      region_id: compoundOf(Math.floor(i / 2.5)).id,
      person_id: personId(i),
      at: `2020-02-${String(1 + (i % 28)).padStart(2, '0')}T03:00:00.000Z`,
    }))
  })
  log(`sweep_seen ${SEEN}`)

  // observations with twice-daily readings for 14 days, and their key-person files
  const start = (i: number) => `2020-02-${String(1 + (i % 28)).padStart(2, '0')}`
  withoutIndexes(['observation', 'observation_reading', 'key_person'], () => {
    load('risk_area', 1, () => ({
      id: 'ra',
      name: '湖北',
      aliases: '[]',
      from_date: '2020-01-08',
      observation_days: 14,
    }))
    load('key_person', OBSERVATIONS, (i) => ({
      id: `k${i}`,
      person_id: personId(i * 10),
      region_id: compoundOf(Math.floor((i * 10) / 2.5)).id,
      risk_area_id: 'ra',
      from_place: '湖北',
      arrival_date: start(i),
      observe_until: start(i),
      reason: '-',
      source: 'declaration',
      filed_at: `${start(i)}T02:00:00.000Z`,
    }))
    load('observation', OBSERVATIONS, (i) => {
      const s = start(i)
      const end = new Date(Date.parse(s) + 14 * 86_400_000).toISOString().slice(0, 10)
      const released = end <= AS_OF && i % 7 !== 0
      return {
        id: `o${i}`,
        person_id: personId(i * 10),
        region_id: compoundOf(Math.floor((i * 10) / 2.5)).id,
        reason: '-',
        starts_on: s,
        ends_on: end,
        days: 14,
        status: released ? 'released' : 'open',
        opened_at: `${s}T02:00:00.000Z`,
        released_at: released ? `${end}T02:00:00.000Z` : null,
        released_on: released ? end : null,
      }
    })
    load('observation_reading', OBSERVATIONS * 28, (i) => {
      const o = Math.floor(i / 28)
      const day = Math.floor((i % 28) / 2)
      return {
        id: `r${i}`,
        observation_id: `o${o}`,
        on_date: new Date(Date.parse(start(o)) + day * 86_400_000).toISOString().slice(0, 10),
        slot: i % 2 ? 'pm' : 'am',
        temperature: 36.5,
        symptoms: '[]',
        self_reported: 0,
        taken_at: `${start(o)}T01:00:00.000Z`,
      }
    })
  })
  log(`observations ${OBSERVATIONS} with ${OBSERVATIONS * 28} readings`)

  // checkpoints: one per compound and 100 on the roads; passages over 30 days, with their hourly counters
  const checkpoints = [...compounds.map((c) => ({ id: randomUUID(), region: c.id, type: 'compound' }))]
  for (let k = 0; k < 100; k++)
    checkpoints.push({ id: randomUUID(), region: regions[1 + (k % 4) * 521].id as string, type: 'road' })
  load('checkpoint', checkpoints.length, (i) => ({
    id: checkpoints[i].id,
    region_id: checkpoints[i].region,
    type: checkpoints[i].type,
    name: `卡点${i}`,
    open: 1,
  }))
  const T0 = Date.parse('2020-02-04T00:00:00.000Z')
  withoutIndexes(['passage', 'passage_hourly'], () => {
    load('passage', PASSAGES, (i) => {
      const cp = checkpoints[i % checkpoints.length]
      const at = new Date(T0 + Math.floor((i / PASSAGES) * 30 * 86_400_000)).toISOString()
      return {
        id: `${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
        checkpoint_id: cp.id,
        region_id: cp.region,
        direction: i % 2 ? 'in' : 'out',
        occurred_at: at,
        device_at: at,
        received_at: at,
        skewed: 0,
        offline: 0,
        person_id: personId(i % PEOPLE),
        temperature: 36.4,
        fever: 0,
        verdict: 'allow',
        staff_user_id: 'system',
      }
    })
    raw.exec(`insert into passage_hourly (checkpoint_id, hour, ins, outs, denied, referred, fevers, total)
      select checkpoint_id, substr(occurred_at, 1, 13) || ':00:00.000Z', sum(direction = 'in'), sum(direction = 'out'),
        sum(verdict = 'deny'), sum(verdict = 'refer'), sum(fever), count(*) from passage group by 1, 2`)
  })
  log(`passages ${PASSAGES}`)
  raw.exec('analyze')
  raw.close()
}
