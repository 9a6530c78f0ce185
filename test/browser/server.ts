// A real `lianfang serve` on a fresh SQLite database and a free port, and Debian's Chromium
// driven by playwright-core, for the browser tests.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const SCREENSHOTS = path.resolve('test-results/web')

export interface RunningServer {
  url: string
  adminPassword: string
  stop(): Promise<void>
}

/**
 * dist/server and dist/web as `npm test`'s pretest leaves them, for runs that skip it. A
 * failed rebuild is fatal only when there is nothing built to test (pretest fails hard).
 */
export function buildIfStale() {
  // not as vitest's NODE_ENV=test, which would make Vite build React for development
  const built = spawnSync(process.execPath, ['scripts/build-if-stale.js'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (built.status === 0) return
  if (!existsSync('dist/server/cli.js') || !existsSync('dist/web/index.html'))
    throw new Error('building the server or the web app failed')
  console.warn('[lianfang tests] rebuilding failed: testing the last build in dist/')
}

/**
 * A scaled-down Mawei replay into `dataDir`, through the real command (`extra`: more flags,
 * `--shift-to-today` say); its `--json` summary (the accounts among it).
 */
export function runDemo<T>(dataDir: string, scale = '0.005', extra: string[] = []): T {
  const run = spawnSync(
    process.execPath,
    ['bin/lianfang.js', 'demo', '--scenario', 'mawei-2020', '--scale', scale, ...extra, '--json'],
    {
      encoding: 'utf8',
      env: { ...process.env, LIANFANG_DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (run.status !== 0) throw new Error(`demo failed (${run.status}): ${run.stderr.slice(-2000)}`)
  return JSON.parse(run.stdout) as T
}

/**
 * A server on a fresh SQLite database, or on `dataDir` when given (a demo database, say:
 * its admin exists already, so no one-time password is printed and adminPassword is '').
 */
export async function startServer(options: { dataDir?: string } = {}): Promise<RunningServer> {
  const dataDir = options.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'lianfang-browser-'))
  const child: ChildProcess = spawn(process.execPath, ['bin/lianfang.js', 'serve'], {
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      LIANFANG_DATA_DIR: dataDir,
      LIANFANG_AREA_NAME: '测试区',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const ready = new Promise<{ url: string; adminPassword: string }>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /is running: (http:\/\/\S+)/.exec(output)?.[1]
      const adminPassword = options.dataDir ? '' : /one-time password: (\S+)/.exec(output)?.[1]
      if (url && adminPassword !== undefined) {
        clearTimeout(timer)
        resolve({ url, adminPassword })
      }
    }
    child.stdout!.on('data', read)
    child.stderr!.on('data', read)
    child.once('exit', (code) => reject(new Error(`server exited (${code}):\n${output}`)))
  })
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    return { ...(await ready), stop }
  } catch (e) {
    await stop()
    throw e
  }
}

/** `extraArgs`: more Chromium flags, e.g. a fake camera for the gate's scanning test. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      ...extraArgs,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  })
}

/** In CI the browser tests never skip; elsewhere they say loudly that Chromium is missing. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`)
  console.warn(
    `\n[lianfang tests] ${CHROMIUM} not found: SKIPPING the browser tests (apt-get install -y chromium)\n`,
  )
  return false
}
