// npm run bench:lists — every list page at a million people, on SQLite and on PostgreSQL,
// through the HTTP API as a signed-in admin of the whole district: the first page and a deep
// one of each list, median of several requests. The district comes from report-data.ts
// (people, households, key persons, observations, passages) and lists-data.ts
// (declarations, audit entries, a district-wide sweep); PostgreSQL gets a copy of the same rows.
// --reuse keeps both databases (under the temp dir, and PostgreSQL's lf_bench_lists) and
// times them again without loading when they are there.
//   tsx bench/lists.ts [--people N] [--runs N] [--db sqlite|postgres|both] [--reuse]
import { startBenchServer, stopServer } from './spawn-server.js'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { openDb, type Db } from '../src/db/db.js'
import { migrateDatabase } from '../src/runtime.js'
import { initPii } from '../src/crypto/pii.js'
import { ensureTopRegion } from '../src/modules/regions/index.js'
import { createUserDirect } from '../src/modules/auth/auth.fixtures.js'
import { MAX_OFFSET } from '../src/core/schemas.js'
import { loadDistrict } from './report-data.js'
import { copyToPostgres, loadListRows } from './lists-data.js'

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? process.argv[i + 1] : fallback
}
const PEOPLE = Number(arg('people', '1000000'))
const RUNS = Number(arg('runs', '5'))
const DBS = arg('db', 'both') === 'both' ? ['sqlite', 'postgres'] : [arg('db', 'sqlite')]
const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres'
const PG_NAME = 'lf_bench_lists'

const log = (s: string) => process.stderr.write(`${s}\n`)
const t0 = Date.now()
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`

initPii(randomBytes(32))
const REUSE = process.argv.includes('--reuse')
const dir = REUSE
  ? path.join(os.tmpdir(), `lf-bench-lists-${PEOPLE}`)
  : mkdtempSync(path.join(os.tmpdir(), 'lf-bench-lists-'))
const file = path.join(dir, 'lianfang.db')
const loaded = REUSE && existsSync(path.join(dir, 'loaded'))
if (!loaded) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const db = openDb({ sqliteFile: file })
  await migrateDatabase(db)
  await ensureTopRegion(db, '基准区')
  await db.destroy()
  loadDistrict(
    file,
    { people: PEOPLE, passages: PEOPLE, observations: Math.round(PEOPLE / 10) },
    '2020-03-05',
    (s) => log(`[${since()}] ${s}`),
  )
  loadListRows(file, PEOPLE, (s) => log(`[${since()}] ${s}`))
}

const COPIED = [
  'region',
  'household',
  'person',
  'risk_area',
  'key_person',
  'observation',
  'campaign',
  'sweep_item',
  'checkpoint',
  'passage',
  'declaration',
  'audit_event',
  'audit_head',
]

async function preparePostgres(): Promise<string> {
  const url = new URL(PG_ADMIN)
  url.pathname = `/${PG_NAME}`
  if (loaded && existsSync(path.join(dir, 'loaded-postgres'))) return url.toString()
  const admin = new pg.Client({ connectionString: PG_ADMIN })
  await admin.connect()
  await admin.query(`drop database if exists ${PG_NAME}`)
  await admin.query(`create database ${PG_NAME}`)
  await admin.end()
  const db = openDb({ databaseUrl: url.toString() })
  await migrateDatabase(db)
  await db.destroy()
  await copyToPostgres(file, url.toString(), COPIED, (s) => log(`[${since()}] ${s}`))
  if (REUSE) writeFileSync(path.join(dir, 'loaded-postgres'), '')
  return url.toString()
}

async function adminOf(db: Db) {
  const top = await db
    .selectFrom('region')
    .select('id')
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow()
  const checkpoint = await db.selectFrom('checkpoint').select('id').limit(1).executeTakeFirstOrThrow()
  const street = await db
    .selectFrom('region')
    .select('id')
    .where('type', '=', 'street')
    .executeTakeFirstOrThrow()
  const user = await createUserDirect(db, { role: 'admin', scopeRegionId: top.id })
  return { username: user.username, checkpointId: checkpoint.id, streetId: street.id }
}

/** The deepest page a page number may ask for, and the page size the lists use by default. */
const deepPage = (pageSize: number) => Math.floor(MAX_OFFSET / pageSize) + 1

const routes = (checkpointId: string, streetId: string): [string, string][] => [
  ['people', '/api/v1/people?pageSize=20'],
  ['people.deep', `/api/v1/people?pageSize=20&page=${deepPage(20)}`],
  ['people.name', '/api/v1/people?pageSize=20&name=%E5%BC%A0'],
  ['households', '/api/v1/campaigns/cd/households?pageSize=20'],
  ['households.deep', `/api/v1/campaigns/cd/households?pageSize=20&page=${deepPage(20)}`],
  ['key-persons', '/api/v1/key-persons?pageSize=20'],
  ['key-persons.deep', `/api/v1/key-persons?pageSize=20&page=${deepPage(20)}`],
  ['declarations', '/api/v1/declarations?pageSize=20'],
  ['declarations.deep', `/api/v1/declarations?pageSize=20&page=${deepPage(20)}`],
  ['observations', '/api/v1/observations?pageSize=20'],
  ['observations.deep', `/api/v1/observations?pageSize=20&page=${deepPage(20)}`],
  ['passages', `/api/v1/checkpoints/${checkpointId}/passages?limit=200`],
  ['audit', '/api/v1/audit?pageSize=50'],
  // a street holds a quarter of the district: the scope where sorting the scope costs most
  ['people.street', `/api/v1/people?pageSize=20&regionId=${streetId}`],
  ['people.street.deep', `/api/v1/people?pageSize=20&regionId=${streetId}&page=${deepPage(20)}`],
  ['declarations.street', `/api/v1/declarations?pageSize=20&regionId=${streetId}`],
  ['declarations.street.deep', `/api/v1/declarations?pageSize=20&regionId=${streetId}&page=${deepPage(20)}`],
  ['audit.deep', `/api/v1/audit?pageSize=50&page=${deepPage(50)}`],
]

async function timeRoutes(
  port: number,
  cookie: string,
  checkpointId: string,
  streetId: string,
  label: string,
) {
  const results: { route: string; ms: number }[] = []
  // a keyset page costs one index seek wherever it starts: the cursor of the deepest numbered page
  const deepest = await fetch(`http://127.0.0.1:${port}/api/v1/people?pageSize=200&page=${deepPage(200)}`, {
    headers: { cookie },
  })
  const { next } = (await deepest.json()) as { next?: string }
  // a small district has no page that deep, hence no cursor to time
  const keyset: [string, string][] = next
    ? [['people.after', `/api/v1/people?pageSize=20&after=${encodeURIComponent(next)}`]]
    : []
  for (const [name, url] of [...routes(checkpointId, streetId), ...keyset]) {
    const get = async () => {
      const t = performance.now()
      const res = await fetch(`http://127.0.0.1:${port}${url}`, {
        headers: { cookie, origin: 'http://127.0.0.1' },
      })
      const body = await res.text()
      if (res.status !== 200) throw new Error(`${name}: ${res.status} ${body.slice(0, 300)}`)
      return performance.now() - t
    }
    await get() // warm the caches
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) times.push(await get())
    times.sort((a, b) => a - b)
    results.push({ route: `${label}:${name}`, ms: Math.round(times[Math.floor(times.length / 2)]) })
  }
  log(
    `[${since()}] ${label}: ${results.map((r) => `${r.route.split(':')[1]}=${r.ms}`).join(' ')} (ms, median of ${RUNS})`,
  )
  return results
}

if (REUSE) writeFileSync(path.join(dir, 'loaded'), '')
const all: { route: string; ms: number }[] = []
for (const which of DBS) {
  const url = which === 'postgres' ? await preparePostgres() : undefined
  const db = openDb(url ? { databaseUrl: url } : { sqliteFile: file })
  const { username, checkpointId, streetId } = await adminOf(db)
  await db.destroy()
  const env: Record<string, string> = { LIANFANG_DATA_DIR: dir, LISTS_USER: username }
  if (url) env.DATABASE_URL = url
  else env.LIANFANG_SQLITE_FILE = file
  const server = await startBenchServer('lists-server.ts', [], env)
  try {
    all.push(...(await timeRoutes(server.port, server.cookie!, checkpointId, streetId, which)))
  } finally {
    await stopServer(server)
  }
}
if (!REUSE) rmSync(dir, { recursive: true, force: true })
else log(`kept ${dir} and PostgreSQL's ${PG_NAME}: --reuse times them again`)
const slowest = all.reduce((a, b) => (b.ms > a.ms ? b : a))
console.log(`RESULT bench=lists slowest_ms=${slowest.ms} slowest=${slowest.route}`)
