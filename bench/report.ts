// npm run bench:report — the situation report over a big district: 1,000,000 people,
// 100,000 observations with twice-daily readings, 10,000,000 passages (and the sweeps that
// saw 90 % of the people), loaded by report-data.ts; then the report for the whole district
// and for one community is timed, median of several runs, with each count timed on its own
// so a slow one is named. --keep leaves the database; --db <file> times a kept one again
// (migrated first), so a change to a query is compared on the same data.
//   tsx bench/report.ts [--people N] [--passages N] [--observations N] [--runs N] [--keep | --db FILE]
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
import { situationReport } from '../src/modules/reports/index.js'
import { endOfDayIso } from '../src/shared/days.js'
import { screeningTotals } from '../src/modules/campaigns/index.js'
import { keyPersonCounts } from '../src/modules/risk-areas/index.js'
import { checkpointTypeCounts } from '../src/modules/checkpoints/index.js'
import { observationCounts } from '../src/modules/observations/index.js'
import { careCounts } from '../src/modules/care/index.js'
import { socialWorkCounts } from '../src/modules/social-work/index.js'
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
const db: Db = openDb({ sqliteFile: file })
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

const parts = (withinPath: string) => {
  const beforeIso = endOfDayIso(AS_OF, TZ)
  const byDate = { asOf: AS_OF, withinPath }
  return {
    screeningTotals: () => screeningTotals(db, { asOf: beforeIso, withinPath }),
    keyPersonCounts: () => keyPersonCounts(db, { beforeIso, withinPath }),
    checkpointTypeCounts: () => checkpointTypeCounts(db, { beforeIso, withinPath }),
    observationCounts: () => observationCounts(db, byDate),
    careCounts: () => careCounts(db, byDate),
    socialWorkCounts: () => socialWorkCounts(db, byDate),
    hotlineCounts: () => hotlineCounts(db, byDate),
    publicityCounts: () => publicityCounts(db, byDate),
    staffCounts: () => staffCounts(db, byDate),
  }
}

const district = await median(() => situationReport(db, actor, { asOf: AS_OF }, TZ))
const one = await median(() => situationReport(db, actor, { asOf: AS_OF, regionId: community.id }, TZ))
for (const [label, path] of [
  ['district', top.path],
  ['community', community.path],
] as const) {
  const each: string[] = []
  for (const [name, fn] of Object.entries(parts(path))) each.push(`${name}=${await median(fn)}`)
  log(`[${since()}] ${label}: ${each.join(' ')} (ms, median of ${RUNS})`)
}
await db.destroy()
if (!reuse && !process.argv.includes('--keep')) rmSync(dir, { recursive: true, force: true })
else if (!reuse) log(`kept ${file}: time it again with --db ${file}`)
console.log(`RESULT bench=report district_ms=${district} community_ms=${one}`)
