// Builds the server (dist/server) and the web app (dist/web) when missing or older than
// their sources. Used by `npm start` and before `npm test`.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const newest = (dir) => {
  if (!existsSync(dir)) return 0
  let t = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs)
  }
  return t
}
const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0)
const run = (script) => {
  console.log(`> npm run ${script}`)
  const r = spawnSync('npm', ['run', script], { stdio: 'inherit' })
  if (r.status !== 0) {
    rmSync(LOCK, { recursive: true, force: true })
    process.exit(r.status ?? 1)
  }
}

// Two test runs started at once must not build into dist/ together: the second waits.
const LOCK = 'dist/.build-lock'
function withBuildLock(fn) {
  mkdirSync('dist', { recursive: true })
  const started = Date.now()
  for (;;) {
    try {
      mkdirSync(LOCK)
      break
    } catch {
      // a lock older than ten minutes was left by a build that died
      if (Date.now() - mtime(LOCK) > 600_000) rmSync(LOCK, { recursive: true, force: true })
      else if (Date.now() - started > 600_000) throw new Error('another build holds dist/.build-lock')
      else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 500)
    }
  }
  try {
    fn()
  } finally {
    rmSync(LOCK, { recursive: true, force: true })
  }
}

export const buildIfStale = (parts) => withBuildLock(() => buildStale(parts))

function buildStale(parts = ['server', 'web']) {
  if (parts.includes('server') && mtime('dist/server/cli.js') < newest('src')) run('build:server')
  if (
    parts.includes('web') &&
    existsSync('web/vite.config.ts') &&
    mtime('dist/web/index.html') < Math.max(newest('web'), newest('src/shared'))
  )
    run('build:web')
}

if (import.meta.url === `file://${process.argv[1]}`)
  buildIfStale(process.argv.length > 2 ? process.argv.slice(2) : undefined)
