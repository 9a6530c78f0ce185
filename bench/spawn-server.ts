// Starts bench/passage-server.ts in a child process and waits for its READY line.
import { spawn, type ChildProcess } from 'node:child_process'
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
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      'tsx',
      path.join(here, 'passage-server.ts'),
      mode,
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
