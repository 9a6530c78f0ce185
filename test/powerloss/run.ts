// npm run test:powerloss — power cuts during passage ingest, the data directory on LazyFS.
//   ROUNDS (default 10) rounds on each database of DIALECT (sqlite | postgres | both, default both).
// Skips (exit 0) where FUSE is missing or LazyFS cannot be built; fails on any loss.
import type { DialectName } from '../../src/db/db.js'
import { findLazyFs, MountFailed } from './lazyfs.js'
import { findPgBin } from './postgres.js'
import { powerLossRounds } from './powerloss.js'

const rounds = Number(process.env.ROUNDS ?? 10)
const wanted = process.env.DIALECT ?? 'both'
if (!['sqlite', 'postgres', 'both'].includes(wanted) || !(rounds > 0)) {
  console.error(`DIALECT must be sqlite, postgres or both (got ${wanted}); ROUNDS a positive number`)
  process.exit(2)
}

const lazyfs = findLazyFs()
if ('skip' in lazyfs) {
  console.log(`SKIP power-loss test: ${lazyfs.skip}`)
  process.exit(0)
}
const pg = findPgBin()
const dialects: DialectName[] = []
if (wanted !== 'postgres') dialects.push('sqlite')
if (wanted !== 'sqlite') {
  if ('bin' in pg) dialects.push('postgres')
  else console.log(`SKIP power-loss test on PostgreSQL: ${pg.skip}`)
}

let failed = false
for (const dialect of dialects) {
  let acknowledged = 0
  let lost = 0
  let duplicated = 0
  let bad = 0
  let done = 0
  try {
    await powerLossRounds(
      dialect,
      rounds,
      { lazyfs: lazyfs.bin, pgBin: 'bin' in pg ? pg.bin : undefined },
      (i, r) => {
        console.log(
          `${dialect} round ${i}: acknowledged ${r.acknowledged}, lost ${r.lost}, duplicated ${r.duplicated}, ` +
            `counters off by ${r.miscounted}, integrity ${r.integrity || 'ok'}, ` +
            `audit ${r.audit.ok ? `ok (${r.audit.checked} entries)` : `BROKEN at ${r.audit.brokenAt}: ${r.audit.reason}`}`,
        )
        done = i
        acknowledged += r.acknowledged
        lost += r.lost
        duplicated += r.duplicated
        if (r.miscounted > 0 || r.integrity || !r.audit.ok || r.acknowledged === 0) bad++
      },
    )
  } catch (e) {
    if (e instanceof MountFailed) {
      console.log(`SKIP power-loss test: ${e.message}`)
      process.exit(failed ? 1 : 0)
    }
    console.error(`${dialect}: ${e instanceof Error ? e.stack : e}`)
    bad++
  }
  console.log(
    `RESULT bench=powerloss dialect=${dialect} rounds=${done} acknowledged=${acknowledged} lost=${lost} duplicated=${duplicated}`,
  )
  if (lost > 0 || duplicated > 0 || bad > 0) failed = true
}
process.exit(failed ? 1 : 0)
