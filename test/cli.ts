// Runs the real `lianfang` command (compiled) against a data directory or a database.
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export function ensureServerBuilt() {
  const r = spawnSync(process.execPath, ['scripts/build-if-stale.js', 'server'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`build failed: ${r.stdout}${r.stderr}`)
}

export const tempDataDir = () => mkdtempSync(path.join(os.tmpdir(), 'lianfang-cli-'))

export function runCli(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, ['bin/lianfang.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    timeout: 60_000,
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}

/** Starts `lianfang serve` and resolves once it prints its address (and first admin). */
export function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['bin/lianfang.js', 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const ready = new Promise<{ url: string; password?: string; output: () => string }>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const url = /is running: (http:\/\/\S+)/.exec(output)?.[1]
      if (url && output.includes('\n\n'))
        resolve({ url, password: /one-time password: (\S+)/.exec(output)?.[1], output: () => output })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => reject(new Error(`server exited ${code}: ${output}`)))
  })
  return {
    child,
    ready,
    stop: () => new Promise<void>((r) => (child.once('exit', () => r()), child.kill('SIGTERM'))),
  }
}
