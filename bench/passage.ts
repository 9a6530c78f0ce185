// npm run bench:passage — passage ingest against a bare Fastify baseline, in one run.
// (a) bare Fastify, same JSON POST and schema, no database, no auth; (b) the real endpoint,
// signed in, validated, durable (SQLite, synchronous=FULL, group commit); then (b) on
// PostgreSQL when it is reachable. 50 connections × 10 s each, after a warm-up.
import { uuidv7 } from '../src/shared/uuid7.js'
import { randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import autocannon, { type Result } from 'autocannon'
import { startBuiltServer, startServer, stopServer, type Started } from './spawn-server.js'

const CONNECTIONS = 50
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const WARMUP_SECONDS = 3
const PG_ADMIN = process.env.TEST_DATABASE_URL || 'postgres://root@127.0.0.1:5432/test'

function body(checkpointId: string) {
  return JSON.stringify({
    id: uuidv7(),
    checkpointId,
    direction: Math.random() < 0.5 ? 'in' : 'out',
    deviceAt: new Date().toISOString(),
    pass: { id: randomUUID().slice(0, 16), colour: 'green' },
    temperature: 36.2 + Math.round(Math.random() * 10) / 10,
    plate: '闽A12345',
    verdict: 'allow',
  })
}

async function load(s: Started, seconds: number): Promise<Result> {
  const checkpointId = s.checkpointId ?? randomUUID()
  return autocannon({
    url: `http://127.0.0.1:${s.port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/passages',
        headers: {
          'content-type': 'application/json',
          origin: `http://127.0.0.1:${s.port}`,
          ...(s.cookie && { cookie: s.cookie }),
        },
        setupRequest: (req) => ({ ...req, body: body(checkpointId) }),
      },
    ],
  })
}

/** CPU seconds the server process has used (user + system), from /proc. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')
  return (Number(fields[11]) + Number(fields[12])) / 100
}

interface Figure {
  perSecond: number
  /** requests per CPU second of the server: readable on a noisy machine */
  perCpuSecond: number
  p99: number
}

async function measure(label: string, s: Started): Promise<Figure> {
  await load(s, WARMUP_SECONDS)
  const cpuBefore = cpuSeconds(s.child.pid!)
  const r = await load(s, SECONDS)
  const cpu = cpuSeconds(s.child.pid!) - cpuBefore
  const failed = r.non2xx + r.errors + r.timeouts
  const figure = { perSecond: r.requests.average, perCpuSecond: r['2xx'] / cpu, p99: r.latency.p99 }
  console.log(
    `${label.padEnd(34)} ${r.requests.average.toFixed(0).padStart(7)} req/s  ${figure.perCpuSecond.toFixed(0).padStart(7)} per server CPU s  ` +
      `p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ok ${r['2xx']}  failed ${failed}`,
  )
  if (failed > 0) console.log(`  ${label}: ${failed} requests failed`)
  return figure
}

async function withServer<T>(
  mode: 'bare' | 'real',
  env: Record<string, string>,
  fn: (s: Started) => Promise<T>,
) {
  const s = await (mode === 'bare' ? startServer('bare', env) : startBuiltServer(env))
  try {
    return await fn(s)
  } finally {
    await stopServer(s)
  }
}

async function postgresFigure(): Promise<Figure | undefined> {
  const admin = new pg.Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 3000 })
  try {
    await admin.connect()
  } catch {
    console.log('PostgreSQL not reachable: no PostgreSQL figure')
    return undefined
  }
  const name = `lf_bench_${process.pid}`
  await admin.query(`create database ${name}`)
  const url = new URL(PG_ADMIN)
  url.pathname = `/${name}`
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-bench-pg-'))
  try {
    return await withServer('real', { LIANFANG_DATA_DIR: dir, DATABASE_URL: url.toString() }, (s) =>
      measure('(c) real endpoint, PostgreSQL', s),
    )
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.end()
    rmSync(dir, { recursive: true, force: true })
  }
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-bench-'))
try {
  console.log(
    `passage ingest: ${CONNECTIONS} connections × ${SECONDS} s after ${WARMUP_SECONDS} s warm-up; ${os.cpus().length} CPUs`,
  )
  const a = await withServer('bare', {}, (s) => measure('(a) bare Fastify JSON POST', s))
  const b = await withServer('real', { LIANFANG_DATA_DIR: dir }, (s) =>
    measure('(b) real endpoint, SQLite (FULL)', s),
  )
  const c = await postgresFigure()
  const f = (n: number) => n.toFixed(0)
  const pg = c
    ? ` pg_req_per_s=${f(c.perSecond)} pg_per_cpu_s=${f(c.perCpuSecond)} pg_ratio=${(c.perSecond / a.perSecond).toFixed(2)} pg_p99_ms=${c.p99}`
    : ''
  console.log(
    `RESULT bench=passage req_per_s=${f(b.perSecond)} per_cpu_s=${f(b.perCpuSecond)} baseline_req_per_s=${f(a.perSecond)} ` +
      `baseline_per_cpu_s=${f(a.perCpuSecond)} ratio=${(b.perSecond / a.perSecond).toFixed(2)} p99_ms=${b.p99}${pg}`,
  )
} finally {
  rmSync(dir, { recursive: true, force: true })
}
