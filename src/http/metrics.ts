// Prometheus text exposition of request counts and latencies, without a client library:
// a handful of counters is all the operators asked for.
import type { FastifyInstance } from 'fastify'

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]

interface Series {
  count: number
  sum: number
  buckets: number[]
}

export function registerMetrics(app: FastifyInstance) {
  const requests = new Map<string, number>()
  const latency = new Map<string, Series>()
  app.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions.url ?? 'unmatched'
    const key = `method="${req.method}",route="${route}",status="${reply.statusCode}"`
    requests.set(key, (requests.get(key) ?? 0) + 1)
    const seconds = reply.elapsedTime / 1000
    const lkey = `method="${req.method}",route="${route}"`
    const s = latency.get(lkey) ?? { count: 0, sum: 0, buckets: BUCKETS.map(() => 0) }
    s.count++
    s.sum += seconds
    BUCKETS.forEach((b, i) => seconds <= b && s.buckets[i]++)
    latency.set(lkey, s)
  })
  app.get('/metrics', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    const lines: string[] = ['# TYPE lianfang_http_requests_total counter']
    for (const [k, v] of requests) lines.push(`lianfang_http_requests_total{${k}} ${v}`)
    lines.push('# TYPE lianfang_http_request_duration_seconds histogram')
    for (const [k, s] of latency) {
      BUCKETS.forEach((b, i) =>
        lines.push(`lianfang_http_request_duration_seconds_bucket{${k},le="${b}"} ${s.buckets[i]}`),
      )
      lines.push(`lianfang_http_request_duration_seconds_bucket{${k},le="+Inf"} ${s.count}`)
      lines.push(`lianfang_http_request_duration_seconds_sum{${k}} ${s.sum}`)
      lines.push(`lianfang_http_request_duration_seconds_count{${k}} ${s.count}`)
    }
    const mem = process.memoryUsage()
    lines.push(
      '# TYPE lianfang_process_resident_memory_bytes gauge',
      `lianfang_process_resident_memory_bytes ${mem.rss}`,
    )
    lines.push(
      '# TYPE lianfang_process_uptime_seconds gauge',
      `lianfang_process_uptime_seconds ${process.uptime()}`,
    )
    return reply.type('text/plain; version=0.0.4').send(lines.join('\n') + '\n')
  })
}
