// npm run bench:posters — a burst of 200 poster requests (PNG and PDF, 40 checkpoints, each
// asked for several times) against a spawned server, 32 at a time, while /healthz is polled
// every 20 ms. Prints the server's RSS before and after (from /proc), the answers by status,
// and the p99 of /healthz. Goals: RSS within 150 MB of the start, /healthz p99 < 100 ms.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const REQUESTS = 200
const CONCURRENCY = 32
const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-bench-posters-'))

const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'posters-server.ts')], {
  env: { ...process.env, LIANFANG_DATA_DIR: dir, CHECKPOINTS: '40' },
  stdio: ['ignore', 'pipe', 'inherit'],
})
const ready = await new Promise<{ port: number; cookie: string; checkpointIds: string[] }>(
  (resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (d) => {
      out += d
      const line = out.split('\n').find((l) => l.startsWith('READY '))
      if (line) resolve(JSON.parse(line.slice(6)))
    })
    child.once('exit', (code) => reject(new Error(`server exited (${code}) before ready`)))
  },
)
const base = `http://127.0.0.1:${ready.port}`
const rssMb = () => {
  const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]
  return Number(kb) / 1024
}
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0
}

// warm the server up: a first request of each kind (JIT, font) before measuring
for (const ext of ['png', 'pdf'])
  await fetch(`${base}/api/v1/posters/checkpoints/${ready.checkpointIds[0]}/poster.${ext}`, {
    headers: { cookie: ready.cookie },
  }).then((r) => r.arrayBuffer())
await fetch(`${base}/healthz`).then((r) => r.text())
const rssBefore = rssMb()

// request i: checkpoint (i × 7) mod 40, PNG or PDF by i's parity: 80 distinct posters, each
// asked for two or three times, the repeats spread through the burst
const urls = Array.from({ length: REQUESTS }, (_, i) => {
  const id = ready.checkpointIds[(i * 7) % ready.checkpointIds.length]
  return `${base}/api/v1/posters/checkpoints/${id}/poster.${i % 2 ? 'pdf' : 'png'}`
})

let running = true
const healthz: number[] = []
const poll = (async () => {
  while (running) {
    const t0 = performance.now()
    await fetch(`${base}/healthz`).then((r) => r.text())
    healthz.push(performance.now() - t0)
    await new Promise((r) => setTimeout(r, 20))
  }
})()

let peak = rssBefore
const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 100)
const statuses = new Map<number, number>()
const times: number[] = []
const started = performance.now()
let next = 0
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < urls.length) {
      const url = urls[next++]
      const t0 = performance.now()
      const res = await fetch(url, { headers: { cookie: ready.cookie } })
      await res.arrayBuffer()
      times.push(performance.now() - t0)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
    }
  }),
)
const seconds = (performance.now() - started) / 1000
running = false
await poll
clearInterval(sampler)
const rssAfter = rssMb()
child.kill('SIGTERM')
await new Promise((r) => child.once('exit', r))
rmSync(dir, { recursive: true, force: true })

const growth = Math.round(rssAfter - rssBefore)
const p99 = Math.round(percentile(healthz, 99))
console.log(
  `load average: ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${os.cpus().length} CPUs)`,
)
console.log(`${REQUESTS} poster requests, ${CONCURRENCY} at a time, in ${seconds.toFixed(1)} s`)
console.log(`answers: ${[...statuses].map(([s, n]) => `${s} ×${n}`).join(', ')}`)
console.log(
  `poster latency p50 ${Math.round(percentile(times, 50))} ms, p99 ${Math.round(percentile(times, 99))} ms, over 2 s: ${times.filter((t) => t > 2000).length}`,
)
console.log(
  `server RSS ${Math.round(rssBefore)} MB before, peak ${Math.round(peak)} MB, ${Math.round(rssAfter)} MB after`,
)
console.log(`/healthz ${healthz.length} polls: p50 ${Math.round(percentile(healthz, 50))} ms, p99 ${p99} ms`)
console.log(`RESULT bench=posters requests=${REQUESTS} rss_growth_mb=${growth} healthz_p99_ms=${p99}`)
