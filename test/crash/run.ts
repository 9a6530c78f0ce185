// npm run test:crash — 10 rounds of kill -9 during ingest, on SQLite (and PostgreSQL with CRASH_DIALECT=postgres).
import { crashRounds } from './crash.js'

const rounds = Number(process.env.CRASH_ROUNDS ?? 10)
const dialect = process.env.CRASH_DIALECT === 'postgres' ? 'postgres' : 'sqlite'
let acknowledged = 0
let lost = 0
let duplicated = 0
let miscounted = 0
await crashRounds(dialect, rounds, process.env.TEST_DATABASE_URL, (i, r) => {
  console.log(
    `round ${i}: acknowledged ${r.acknowledged}, lost ${r.lost}, duplicated ${r.duplicated}, counters off by ${r.miscounted}`,
  )
  acknowledged += r.acknowledged
  lost += r.lost
  duplicated += r.duplicated
  miscounted += r.miscounted
})
console.log(
  `RESULT bench=crash rounds=${rounds} acknowledged=${acknowledged} lost=${lost} duplicated=${duplicated}`,
)
if (lost > 0 || duplicated > 0 || miscounted > 0) process.exitCode = 1
