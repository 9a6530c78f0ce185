// The report bench's PostgreSQL copy: the district loaded into SQLite (report-data.ts) is
// streamed table by table into a fresh migrated PostgreSQL database with psql's \copy (CSV
// from the sqlite3 shell), secondary indexes dropped for the load and rebuilt after.
import { execSync } from 'node:child_process'
import SQLite from 'better-sqlite3'
import pg from 'pg'

const TABLES = [
  'region',
  'household',
  'person',
  'campaign',
  'sweep_seen',
  'risk_area',
  'key_person',
  'observation',
  'observation_reading',
  'checkpoint',
  'passage',
  'passage_hourly',
]

export async function dropPostgres(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`drop database if exists ${name} with (force)`)
  await admin.end()
}

/** A new empty database on the server of `adminUrl`; returns its URL. */
export async function freshPostgres(adminUrl: string, name: string): Promise<string> {
  await dropPostgres(adminUrl, name)
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

export async function copyToPostgres(file: string, url: string, log: (s: string) => void) {
  const raw = new SQLite(file, { readonly: true })
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  // the migration's own top region is replaced by the loaded tree
  await client.query(`set session_replication_role = replica`)
  for (const t of [...TABLES].reverse()) await client.query(`delete from ${t}`)
  const { rows: idx } = await client.query<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes i where tablename = any($1)
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
    [TABLES],
  )
  for (const i of idx) await client.query(`drop index ${i.indexname}`)
  for (const t of TABLES) {
    const cols = (raw.prepare(`pragma table_info(${t})`).all() as { name: string }[]).map((c) => c.name)
    const n = (raw.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n
    if (!n) continue
    const started = Date.now()
    execSync(
      `sqlite3 -csv ${JSON.stringify(file)} "select ${cols.join(',')} from ${t}" | ` +
        `psql -q ${JSON.stringify(url)} -c "set session_replication_role = replica" ` +
        `-c "\\copy ${t} (${cols.join(',')}) from stdin with (format csv)"`,
      { stdio: ['ignore', 'inherit', 'inherit'], maxBuffer: 1 << 20 },
    )
    log(`postgres: ${t} ${n} rows in ${((Date.now() - started) / 1000).toFixed(1)}s`)
  }
  for (const i of idx) await client.query(i.indexdef)
  await client.query('analyze')
  await client.end()
  raw.close()
}
