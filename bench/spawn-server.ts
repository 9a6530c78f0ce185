// Starts bench/passage-server.ts in a child process and waits for its READY line.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export interface Started {
  child: ChildProcess
  port: number
  cookie?: string
  checkpointId?: string
}

export function startServer(mode: 'bare' | 'real', env: Record<string, string>): Promise<Started> {
  return startBenchServer('passage-server.ts', [mode], env)
}

/** A bench server script of bench/ run under tsx; resolves on its `READY {json}` line. */
export function startBenchServer(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<Started> {
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(here, script),
      ...args,
    ],
    {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr!.on('data', (d) => {
      err += d
      if (process.env.BENCH_VERBOSE) process.stderr.write(d)
    })
    child.stdout!.on('data', (d) => {
      out += d
      const line = out.split('\n').find((l) => l.startsWith('READY '))
      if (line) resolve({ child, ...JSON.parse(line.slice(6)) })
    })
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before ready: ${err.slice(-2000)}`)),
    )
  })
}

export async function stopServer(s: Started, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (s.child.exitCode !== null || s.child.signalCode !== null) return
  await new Promise<void>((resolve) => {
    s.child.once('exit', () => resolve())
    s.child.kill(signal)
  })
}

const root = path.resolve(here, '..')

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo
      s.close(() => resolve(port))
    })
    s.once('error', reject)
  })
}

/**
 * The built server as users run it (`lianfang serve`, compiled JavaScript, default log level),
 * on a deployment that bench/passage-server.ts `setup` has given a checkpoint and a gate
 * account; the bench signs in over HTTP like a gate phone.
 */
export async function startBuiltServer(env: Record<string, string>): Promise<Started> {
  const build = spawnSync(process.execPath, ['scripts/build-if-stale.js', 'server'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (build.status !== 0) throw new Error('build failed')
  const setupRun = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(here, 'passage-server.ts'), 'setup'],
    {
      cwd: root,
      env: { ...process.env, ...env },
      encoding: 'utf8',
    },
  )
  const line = setupRun.stdout.split('\n').find((l) => l.startsWith('SETUP '))
  if (!line) throw new Error(`setup failed: ${setupRun.stderr.slice(-2000)}`)
  const setup = JSON.parse(line.slice(6)) as { username: string; password: string; checkpointId: string }
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      path.join(root, 'bin/lianfang.js'),
      'serve',
    ],
    {
      cwd: root,
      env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  await new Promise<void>((resolve, reject) => {
    let out = ''
    let err = ''
    child.stderr!.on('data', (d) => (err += d))
    child.stdout!.on('data', (d) => {
      out += d
      if (process.env.BENCH_VERBOSE) process.stderr.write(d)
      if (out.includes(`:${port}`)) resolve()
    })
    child.once('exit', (code, signal) =>
      reject(new Error(`server exited (${code ?? signal}) before ready: ${err.slice(-2000)}`)),
    )
  })
  const origin = `http://127.0.0.1:${port}`
  const login = await fetch(`${origin}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ username: setup.username, password: setup.password }),
  })
  if (login.status !== 200) throw new Error(`login failed: ${login.status} ${await login.text()}`)
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ')
  return { child, port, cookie, checkpointId: setup.checkpointId }
}
