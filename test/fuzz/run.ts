// The fuzzer: N malformed requests over every operation of the OpenAPI document, against a
// spawned server (test/fuzz/server.ts), anonymous, as an admin and as a community worker.
// It fails on any 5xx, on a stack trace or SQL in an error body, and on an audit chain that
// does not verify afterwards.
//   npm run test:fuzz                      a short seeded round on SQLite and PostgreSQL
//   SEED=123 N=500 DIALECT=postgres npm run test:fuzz
//   npm run bench:fuzz                     100,000 requests on SQLite (DIALECT, N as above)
// The seed is printed: the same seed sends the same requests.
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { leak, makeRequest, operationsOf, prng, type FuzzRequest } from './requests.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const bench = process.argv.includes('--bench')
const seed = Number(process.env.SEED ?? Math.floor(Math.random() * 2 ** 31))
const dialectArg = process.env.DIALECT ?? (bench ? 'sqlite' : 'both')
const dialects =
  dialectArg === 'both' ? (['sqlite', 'postgres'] as const) : [dialectArg as 'sqlite' | 'postgres']
const perDialect = Number(process.env.N ?? (bench ? (dialectArg === 'postgres' ? 20_000 : 100_000) : 1500))
const concurrency = Number(process.env.CONCURRENCY ?? 4)

interface Ready {
  port: number
  cookies: { admin: string; worker: string }
  credentials: Record<'admin' | 'worker', { username: string; password: string }>
  ids: string[]
}

function startServer(dialect: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'server.ts'), dialect], {
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  const lines: string[] = []
  child.stdout!.on('data', (d: Buffer) => {
    out += d.toString()
    const parts = out.split('\n')
    out = parts.pop()!
    lines.push(...parts)
  })
  let err = ''
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()).length > 20_000 && (err = err.slice(-10_000)))
  const ready = new Promise<Ready>((resolve, reject) => {
    const timer = setInterval(() => {
      const line = lines.find((l) => l.startsWith('READY '))
      if (line) {
        clearInterval(timer)
        resolve(JSON.parse(line.slice(6)) as Ready)
      }
    }, 50)
    child.once('exit', (code) => {
      clearInterval(timer)
      reject(new Error(`fuzz server exited (${code}) before ready: ${err.slice(-3000)}`))
    })
  })
  return { child, lines, ready }
}

const rssMb = (child: ChildProcess) => {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8')
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024
}

async function send(port: number, req: FuzzRequest, cookie?: string) {
  const res = await fetch(`http://127.0.0.1:${port}${req.url}`, {
    method: req.method,
    // a signed-in client is the app's own page (its Origin), so requests reach the routes
    // rather than stopping at the cross-site check
    headers: { ...req.headers, ...(cookie && { cookie, origin: `http://127.0.0.1:${port}` }) },
    body: Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : req.body,
    redirect: 'manual',
  })
  return { status: res.status, body: await res.text() }
}

interface Client {
  name: string
  cookie?: string
  credentials?: { username: string; password: string }
}

async function signInAgain(port: number, client: Client) {
  const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(client.credentials),
  })
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  if (res.ok && cookie) client.cookie = cookie
  else if (process.env.FUZZ_VERBOSE)
    console.log(`  ${client.name} cannot sign in again: ${res.status} ${await res.text()}`)
}

async function fuzz(dialect: 'sqlite' | 'postgres') {
  const server = startServer(dialect)
  const ready = await server.ready
  // the OpenAPI document is for a signed-in admin
  const docs = await fetch(`http://127.0.0.1:${ready.port}/api/docs/json`, {
    headers: { cookie: ready.cookies.admin },
  })
  const doc = (await docs.json()) as Parameters<typeof operationsOf>[0]
  // signing out would end the session the rest of the run uses
  const ops = operationsOf(doc).filter((o) => !o.path.endsWith('/auth/logout'))
  const rng = prng(seed + (dialect === 'postgres' ? 1 : 0))
  // anonymous, an admin and a community worker; a signed-in client whose session a request
  // ended (its password changed, its sessions revoked) signs in again
  const clients: Client[] = [
    { name: 'anonymous' },
    { name: 'admin', cookie: ready.cookies.admin, credentials: ready.credentials.admin },
    { name: 'worker', cookie: ready.cookies.worker, credentials: ready.credentials.worker },
  ]
  const failures: string[] = []
  const statuses = new Map<number, number>()
  let sent = 0
  let fivexx = 0
  let errors = 0
  const rssStart = rssMb(server.child)
  const started = Date.now()
  // the requests are made in order from the seed, then sent a few at a time
  const next = () => {
    if (sent >= perDialect) return undefined
    sent++
    const op = rng.pick(ops)
    return { req: makeRequest(op, rng, ready.ids), client: rng.pick(clients), op: `${op.method} ${op.path}` }
  }
  const worker = async () => {
    for (let job = next(); job; job = next()) {
      try {
        const res = await send(ready.port, job.req, job.client.cookie)
        if (res.status === 401 && job.client.credentials) await signInAgain(ready.port, job.client)
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        const who = job.client.name
        const shown = `${job.req.method} ${job.req.url.slice(0, 160)} as ${who} (${job.req.what}; ${job.op})`
        if (res.status >= 500) {
          fivexx++
          if (failures.length < 50) failures.push(`${res.status} ${shown}: ${res.body.slice(0, 200)}`)
        } else if (res.status >= 400) {
          const leaked = leak(res.body)
          if (leaked && failures.length < 50)
            failures.push(`${leaked} in ${res.status} ${shown}: ${res.body.slice(0, 200)}`)
        }
      } catch (e) {
        errors++
        if (failures.length < 50)
          failures.push(`connection error ${String(e)} on ${job.req.method} ${job.req.url.slice(0, 160)}`)
      }
      if (sent % 10_000 === 0 && bench) console.log(`  ${dialect}: ${sent} sent`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (Date.now() - started) / 1000
  const rssGrowth = Math.max(0, Math.round(rssMb(server.child) - rssStart))
  const exited = new Promise((r) => server.child.once('exit', r))
  server.child.kill('SIGTERM')
  await exited
  const auditLine = server.lines.find((l) => l.startsWith('AUDIT '))
  const audit = auditLine ? (JSON.parse(auditLine.slice(6)) as { ok: boolean; checked: number }) : undefined
  const causes = [...new Set(server.lines.filter((l) => l.startsWith('FAIL5XX ')).map((l) => l.slice(8)))]
  console.log(
    `${dialect}: ${perDialect} requests over ${ops.length} operations in ${seconds.toFixed(1)} s, ` +
      `statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}, ` +
      `audit chain ${audit?.ok ? `verifies (${audit.checked} entries)` : 'DOES NOT VERIFY'}`,
  )
  for (const f of failures) console.log(`  FAIL ${f}`)
  for (const c of causes.slice(0, 30)) console.log(`  5xx cause: ${c}`)
  return {
    dialect,
    fivexx,
    ok: fivexx === 0 && errors === 0 && failures.length === 0 && audit?.ok === true,
    auditOk: audit?.ok === true,
    rssGrowth,
  }
}

console.log(`fuzz: seed ${seed} (SEED=${seed} to repeat), ${perDialect} requests per database`)
let allOk = true
for (const dialect of dialects) {
  const r = await fuzz(dialect)
  allOk &&= r.ok
  if (bench)
    console.log(
      `RESULT bench=fuzz dialect=${dialect} requests=${perDialect} fivexx=${r.fivexx} audit_ok=${r.auditOk} rss_growth_mb=${r.rssGrowth}`,
    )
}
console.log(allOk ? 'fuzz: passed' : 'fuzz: FAILED')
process.exit(allOk ? 0 : 1)
