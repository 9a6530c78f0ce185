// npm run bench:import [-- --rows N] — roster import against a bare better-sqlite3 baseline,
// in one run. The same generated CSV feeds:
// (a) baseline: read the CSV (csv-parse), insert every row with one prepared statement in one
//     transaction into a person table of the same columns and indexes, same pragmas; no
//     validation, no encryption, no blind index;
// (b) `lianfang import people FILE --create-regions --json` (the real CLI, built as users run
//     it, in its own process) into a fresh SQLite database; its peak RSS is read from /proc
//     while it runs;
// then (b) again into a fresh PostgreSQL database when one is reachable.
// Next to rows/s each prints rows per CPU second (all threads of the process; the database
// server's own CPU is not in PostgreSQL's figure): on a shared, noisy machine that one moves less.
import { spawn, spawnSync } from 'node:child_process'
import { createReadStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse'
import pg from 'pg'
import { openSqlite } from '../src/db/db.js'
import { writeRoster } from './import-data.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const rowsArg = process.argv.indexOf('--rows')
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_000_000
const batchArg = process.argv.indexOf('--batch')
const BATCH = batchArg > 0 ? ['--batch', process.argv[batchArg + 1]] : []
const skipPg = process.argv.includes('--no-pg')
const PG_ADMIN = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test'

interface Rate {
  rowsPerS: number
  rowsPerCpuS: number
}

async function baseline(csv: string, dir: string): Promise<Rate> {
  const db = openSqlite(path.join(dir, 'baseline.db'))
  db.exec(`create table person (id text primary key, region_id text not null, household_id text,
    name text not null, doc_type text not null, doc_enc text not null, doc_bidx text not null unique,
    doc_masked text not null, phone_enc text, phone_bidx text, phone_masked text, sex text, birth_date text,
    residence_type text not null, workplace text, key_person integer not null default 0,
    created_at text not null, updated_at text not null);
    create index person_region on person (region_id, name); create index person_name on person (name);
    create index person_phone on person (phone_bidx); create index person_household on person (household_id);`)
  const insert = db.prepare(
    `insert into person values (?, ?, ?, ?, 'id_card', ?, ?, ?, ?, ?, ?, ?, null, ?, ?, 0, ?, ?)`,
  )
  const started = performance.now()
  const cpu = process.cpuUsage()
  db.exec('begin')
  let header = true
  for await (const r of createReadStream(csv).pipe(parse({ relax_column_count: true })) as AsyncIterable<
    string[]
  >) {
    if (header) {
      header = false
      continue
    }
    const at = new Date().toISOString()
    const [name, doc, phone, sex, , , compound, building, room, residence, work] = r
    insert.run(
      randomUUID(),
      compound,
      building + room,
      name,
      doc,
      doc,
      doc,
      phone,
      phone,
      phone,
      sex,
      residence,
      work,
      at,
      at,
    )
  }
  db.exec('commit')
  const seconds = (performance.now() - started) / 1000
  const cpuS = cpuSeconds(process.cpuUsage(cpu))
  db.close()
  return { rowsPerS: ROWS / seconds, rowsPerCpuS: ROWS / cpuS }
}

const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6

/** Runs the real CLI; resolves with its summary, wall time, CPU time and peak RSS (VmHWM). */
function runImport(csv: string, env: Record<string, string>) {
  // the child reports its own CPU time (every thread) on fd 3 as it exits
  const code = `process.on('exit', () => require('node:fs').writeSync(3, JSON.stringify(process.cpuUsage())));
    import(${JSON.stringify(path.join(root, 'dist/server/cli.js'))}).then((m) => m.main(['node', 'lianfang', ...process.argv.slice(1)]))`
  const started = performance.now()
  const child = spawn(
    process.execPath,
    ['-e', code, 'import', 'people', csv, '--create-regions', '--json', ...BATCH],
    {
      cwd: root,
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
    },
  )
  let peakKb = 0
  const poll = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))
      if (m) peakKb = Math.max(peakKb, Number(m[1]))
    } catch {
      /* exited */
    }
  }, 100)
  let out = ''
  let cpu = ''
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()))
  child.stdio[3]!.on('data', (c: Buffer) => (cpu += c.toString()))
  return new Promise<Rate & { summary: Record<string, unknown>; peakMb: number }>((resolve, reject) =>
    child.on('close', (status) => {
      clearInterval(poll)
      const seconds = (performance.now() - started) / 1000
      if (status !== 0) return reject(new Error(`import exited ${status}: ${out}`))
      const summary = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>
      resolve({
        summary,
        rowsPerS: ROWS / seconds,
        rowsPerCpuS: ROWS / cpuSeconds(JSON.parse(cpu) as NodeJS.CpuUsage),
        peakMb: Math.round(peakKb / 1024),
      })
    }),
  )
}

async function withPostgres<T>(fn: (url: string) => Promise<T>): Promise<T | undefined> {
  const admin = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch {
    console.log(`PostgreSQL not reachable at ${PG_ADMIN.replace(/\/\/[^@]*@/, '//')}: skipped`)
    return undefined
  }
  const name = `lf_bench_import_${process.pid}`
  await admin.query(`create database ${name}`)
  const url = new URL(PG_ADMIN)
  url.pathname = `/${name}`
  try {
    return await fn(url.toString())
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString('en')

async function main() {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts/build-if-stale.js'), 'server'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (built.status !== 0) throw new Error('build failed')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-bench-import-'))
  try {
    const csv = path.join(dir, 'roster.csv')
    const t = performance.now()
    await writeRoster(csv, ROWS)
    console.log(
      `generated ${fmt(ROWS)} rows (${(statSync(csv).size / 1048576).toFixed(0)} MB) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    )
    const a = await baseline(csv, dir)
    console.log(
      `(a) baseline better-sqlite3, one statement, one transaction: ${fmt(a.rowsPerS)} rows/s, ${fmt(a.rowsPerCpuS)} rows/CPU s`,
    )
    const key = Buffer.alloc(32, 7).toString('base64')
    const b = await runImport(csv, { LIANFANG_DATA_DIR: path.join(dir, 'data'), LIANFANG_DATA_KEY: key })
    console.log(
      `(b) lianfang import → SQLite: ${fmt(b.rowsPerS)} rows/s, ${fmt(b.rowsPerCpuS)} rows/CPU s, peak RSS ${b.peakMb} MB, ${JSON.stringify(b.summary)}`,
    )
    if (b.summary.imported !== ROWS) throw new Error(`expected ${ROWS} imported`)
    const p = skipPg
      ? undefined
      : await withPostgres((url) =>
          runImport(csv, {
            LIANFANG_DATA_DIR: path.join(dir, 'data-pg'),
            LIANFANG_DATA_KEY: key,
            DATABASE_URL: url,
          }),
        )
    if (p && p.summary.imported !== ROWS) throw new Error(`expected ${ROWS} imported into PostgreSQL`)
    const line = (r: Rate & { peakMb: number }) =>
      `rows_per_s=${Math.round(r.rowsPerS)} rows_per_cpu_s=${Math.round(r.rowsPerCpuS)} peak_rss_mb=${r.peakMb}`
    if (p) console.log(`RESULT bench=import db=postgres rows=${ROWS} ${line(p)}`)
    console.log(`RESULT bench=import db=sqlite rows=${ROWS} ${line(b)}`)
    console.log(
      `RESULT bench=import rows=${ROWS} rows_per_s=${Math.round(b.rowsPerS)} baseline_rows_per_s=${Math.round(a.rowsPerS)} ratio=${(b.rowsPerS / a.rowsPerS).toFixed(2)} cpu_ratio=${(b.rowsPerCpuS / a.rowsPerCpuS).toFixed(2)} peak_rss_mb=${Math.max(b.peakMb, p?.peakMb ?? 0)}` +
        (p ? ` pg_rows_per_s=${Math.round(p.rowsPerS)}` : '') +
        ` load1=${os.loadavg()[0].toFixed(2)}`,
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
