// npm run bench:report — the situation report over a big district: 1,000,000 people,
// 100,000 observations with twice-daily readings, 10,000,000 passages (and the sweeps that
// saw 90 % of the people), loaded by report-data.ts; then the report for the whole district
// and for one community is timed, median of several runs, with each count timed on its own
// so a slow one is named. The same data is then copied into PostgreSQL (report-pg.ts) and
// timed there. After each load the maintained day counts are rebuilt (`lianfang report
// rebuild-counts`), which is timed too. --keep leaves the SQLite file (and the PostgreSQL
// database lf_bench_report); --db <file> times a kept one again (migrated first), so a change
// to a query is compared on the same data; --sqlite-only leaves PostgreSQL out.
//   tsx bench/report.ts [--people N] [--passages N] [--observations N] [--runs N]
//     [--keep | --db FILE] [--sqlite-only]
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { openDb, type Db } from '../src/db/db.js'
import { loadDistrict } from './report-data.js'
import { migrateDatabase } from '../src/runtime.js'
import { initPii } from '../src/crypto/pii.js'
import { ensureTopRegion } from '../src/modules/regions/index.js'
import { systemActor } from '../src/core/actor.js'
import { rebuildAllCounts, situationReport } from '../src/modules/reports/index.js'
import { installModules } from '../src/modules/index.js'
import { loadConfig } from '../src/config.js'
import { passageCounts } from '../src/modules/passages/index.js'
import { copyToPostgres, dropPostgres, freshPostgres } from './report-pg.js'
import { endOfDayIso } from '../src/shared/days.js'
import { screeningDayTotals } from '../src/modules/campaigns/index.js'
import { keyPersonDayTotals } from '../src/modules/risk-areas/index.js'
import { checkpointTypeCounts } from '../src/modules/checkpoints/index.js'
import { observationDayTotals } from '../src/modules/observations/index.js'
import { careDayTotals } from '../src/modules/care/index.js'
import { socialWorkDayTotals } from '../src/modules/social-work/index.js'
import { hotlineCounts } from '../src/modules/hotline/index.js'
import { publicityCounts } from '../src/modules/publicity/index.js'
import { staffCounts } from '../src/modules/staff/index.js'

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`)
  return i > 0 ? Number(process.argv[i + 1]) : fallback
}
const PEOPLE = arg('people', 1_000_000)
const PASSAGES = arg('passages', 10_000_000)
const OBSERVATIONS = arg('observations', Math.round(PEOPLE / 10))
const RUNS = arg('runs', 5)
const TZ = 'Asia/Shanghai'
const AS_OF = '2020-03-05'

const log = (s: string) => process.stderr.write(`${s}\n`)
const t0 = Date.now()
const since = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`

initPii(randomBytes(32))
installModules(loadConfig({ LOG_LEVEL: 'silent', LIANFANG_TIME_ZONE: TZ }))
const PG_ADMIN = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test'
const PG_NAME = 'lf_bench_report'
const reuse = process.argv.indexOf('--db') > 0 ? process.argv[process.argv.indexOf('--db') + 1] : undefined
const dir = reuse ? path.dirname(reuse) : mkdtempSync(path.join(os.tmpdir(), 'lf-bench-report-'))
const file = reuse ?? path.join(dir, 'bench.db')
{
  const db = openDb({ sqliteFile: file })
  await migrateDatabase(db)
  if (!reuse) await ensureTopRegion(db, '基准区')
  await db.destroy()
}
if (!reuse)
  loadDistrict(file, { people: PEOPLE, passages: PASSAGES, observations: OBSERVATIONS }, AS_OF, (s) =>
    log(`[${since()}] ${s}`),
  )

// ---- timing ----
async function rebuild(db: Db, label: string) {
  const t = Date.now()
  await rebuildAllCounts(db, (name, ms) => log(`[${since()}] ${label}: rebuilt ${name} counts in ${ms} ms`))
  log(`[${since()}] ${label}: rebuild-counts took ${((Date.now() - t) / 1000).toFixed(1)}s`)
}

async function time(db: Db, label: string) {
  const top = await db
    .selectFrom('region')
    .select(['id', 'path'])
    .where('parent_id', 'is', null)
    .executeTakeFirstOrThrow()
  const community = await db
    .selectFrom('region')
    .select(['id', 'path'])
    .where('type', '=', 'community')
    .orderBy('path')
    .executeTakeFirstOrThrow()
  const actor = systemActor(top.id, top.path)

  async function median(fn: () => Promise<unknown>) {
    await fn() // warm the page cache
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      await fn()
      times.push(performance.now() - t)
    }
    times.sort((a, b) => a - b)
    return Math.round(times[Math.floor(times.length / 2)])
  }

  // the figures as the report asks them at community level and above (maintained day counts)
  const parts = (withinPath: string) => {
    const beforeIso = endOfDayIso(AS_OF, TZ)
    const byDate = { asOf: AS_OF, withinPath }
    return {
      screeningDayTotals: () => screeningDayTotals(db, byDate),
      keyPersonDayTotals: () => keyPersonDayTotals(db, byDate),
      checkpointTypeCounts: () => checkpointTypeCounts(db, { beforeIso, withinPath }),
      observationDayTotals: () => observationDayTotals(db, byDate),
      careDayTotals: () => careDayTotals(db, byDate),
      socialWorkDayTotals: () => socialWorkDayTotals(db, byDate),
      hotlineCounts: () => hotlineCounts(db, byDate),
      publicityCounts: () => publicityCounts(db, byDate),
      staffCounts: () => staffCounts(db, byDate),
      passageCounts: () => passageCounts(db, { ...byDate, timeZone: TZ }),
    }
  }

  const district = await median(() => situationReport(db, actor, { asOf: AS_OF }, TZ))
  const one = await median(() => situationReport(db, actor, { asOf: AS_OF, regionId: community.id }, TZ))
  for (const [where, path] of [
    ['district', top.path],
    ['community', community.path],
  ] as const) {
    const each: string[] = []
    for (const [name, fn] of Object.entries(parts(path))) each.push(`${name}=${await median(fn)}`)
    log(`[${since()}] ${label} ${where}: ${each.join(' ')} (ms, median of ${RUNS})`)
  }
  console.log(`RESULT bench=report db=${label} district_ms=${district} community_ms=${one}`)
  return { district, one }
}

const sqliteDb: Db = openDb({ sqliteFile: file })
if (!reuse) await rebuild(sqliteDb, 'sqlite')
const onSqlite = await time(sqliteDb, 'sqlite')
await sqliteDb.destroy()

let onPostgres: { district: number; one: number } | undefined
if (!process.argv.includes('--sqlite-only')) {
  const url = reuse ? new URL(PG_ADMIN) : undefined
  if (url) url.pathname = `/${PG_NAME}`
  const pgUrl = url?.toString() ?? (await freshPostgres(PG_ADMIN, PG_NAME))
  const pgDb: Db = openDb({ databaseUrl: pgUrl })
  await migrateDatabase(pgDb)
  if (!reuse) {
    await copyToPostgres(file, pgUrl, (s) => log(`[${since()}] ${s}`))
    await rebuild(pgDb, 'postgres')
  }
  onPostgres = await time(pgDb, 'postgres')
  await pgDb.destroy()
  if (!reuse && !process.argv.includes('--keep')) {
    await dropPostgres(PG_ADMIN, PG_NAME)
  }
}
if (!reuse && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true })
else if (!reuse) log(`kept ${file}: time it again with --db ${file}`)
// the last line, the one `npm run bench` repeats: both databases
console.log(
  `RESULT bench=report sqlite_district_ms=${onSqlite.district} sqlite_community_ms=${onSqlite.one}` +
    (onPostgres
      ? ` postgres_district_ms=${onPostgres.district} postgres_community_ms=${onPostgres.one}`
      : ' postgres=skipped'),
)
