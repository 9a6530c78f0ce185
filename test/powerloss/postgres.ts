// A PostgreSQL cluster of the test's own, from the machine's binaries, on a port of its own:
// its data directory goes where the test says (on LazyFS) and it can be killed like a power cut.
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readdirSync } from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import pg from 'pg'

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The newest /usr/lib/postgresql/<version>/bin (or PG_BIN), or why there is none. */
export function findPgBin(): { bin: string } | { skip: string } {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync('/usr/lib/postgresql')
      ? readdirSync('/usr/lib/postgresql')
          .sort((a, b) => Number(b) - Number(a))
          .map((v) => `/usr/lib/postgresql/${v}/bin`)
      : []
  const bin = candidates.find(
    (d) => existsSync(path.join(d, 'initdb')) && existsSync(path.join(d, 'postgres')),
  )
  return bin ? { bin } : { skip: 'no PostgreSQL binaries (/usr/lib/postgresql/*/bin or PG_BIN)' }
}

/** PostgreSQL refuses to run as root: then it runs as the `postgres` user. */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
  return { uid: id('-u'), gid: id('-g') }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export interface Cluster {
  /** postgres://root@127.0.0.1:<port>/lianfang */
  url: string
  port: number
  bin: string
  start(): Promise<void>
  /** SIGKILL to the postmaster and every backend at once */
  kill(): Promise<void>
  stop(): Promise<void>
}

/**
 * initdb in `dataDir` (created, owned by the user the server runs as), start, and create the
 * database `lianfang`. The server log goes to `logFile`, which should be off the test mount.
 */
export async function createCluster(bin: string, dataDir: string, logFile: string): Promise<Cluster> {
  const user = runAs()
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  if (user) chownSync(dataDir, user.uid, user.gid)
  const env = { ...process.env, LC_ALL: 'C', LANG: 'C' }
  const init = spawnSync(
    path.join(bin, 'initdb'),
    ['-D', dataDir, '-U', 'root', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-instructions'],
    { cwd: '/', env, encoding: 'utf8', ...user },
  )
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`)
  const port = await freePort()
  let child: ChildProcess | undefined
  let exited: Promise<void> = Promise.resolve()

  const alive = () => child !== undefined && child.exitCode === null && child.signalCode === null

  const cluster: Cluster = {
    url: `postgres://root@127.0.0.1:${port}/lianfang`,
    port,
    bin,
    async start() {
      const log = openSync(logFile, 'a')
      if (user) chownSync(logFile, user.uid, user.gid)
      // its own process group, so that a kill reaches the backends too
      child = spawn(
        path.join(bin, 'postgres'),
        [
          '-D',
          dataDir,
          '-p',
          String(port),
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'unix_socket_directories=',
          '-c',
          'max_connections=50',
        ],
        { cwd: '/', env, stdio: ['ignore', log, log], detached: true, ...user },
      )
      closeSync(log)
      const c = child
      exited = new Promise((resolve) => c.once('exit', () => resolve()))
      // after a cut it replays its WAL first: that can take a while on a busy machine
      for (let i = 0; i < 1200; i++) {
        if (!alive()) throw new Error(`PostgreSQL exited on start (see ${logFile})`)
        const client = new pg.Client({ connectionString: `postgres://root@127.0.0.1:${port}/postgres` })
        try {
          await client.connect()
          await client.query('select 1')
          return
        } catch {
          await sleep(100)
        } finally {
          await client.end().catch(() => {})
        }
      }
      throw new Error(`PostgreSQL did not accept connections within 2 minutes (see ${logFile})`)
    },
    async kill() {
      if (!child?.pid) return
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
      await exited
      // the backends are in the same group; wait until none is left
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(-child.pid, 0)
          await sleep(50)
        } catch {
          return
        }
      }
    },
    async stop() {
      if (!alive()) return
      child!.kill('SIGINT') // fast shutdown
      const timer = setTimeout(() => void cluster.kill(), 30_000)
      await exited
      clearTimeout(timer)
    },
  }
  await cluster.start()
  const admin = new pg.Client({ connectionString: `postgres://root@127.0.0.1:${port}/postgres` })
  await admin.connect()
  await admin.query('create database lianfang')
  await admin.end()
  return cluster
}

/** pg_amcheck over every table and index of the database: '' when clean, its report otherwise. */
export function amcheck(cluster: Cluster): string {
  const tool = path.join(cluster.bin, 'pg_amcheck')
  if (!existsSync(tool)) return ''
  const r = spawnSync(
    tool,
    [
      '-h',
      '127.0.0.1',
      '-p',
      String(cluster.port),
      '-U',
      'root',
      '--install-missing',
      '--heapallindexed',
      'lianfang',
    ],
    { encoding: 'utf8' },
  )
  return r.status === 0 ? '' : `pg_amcheck exit ${r.status}: ${(r.stdout + r.stderr).trim().slice(0, 2000)}`
}
