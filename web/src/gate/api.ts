// The few calls the gate makes, and sending the queue. Every passage is queued on the phone
// first and sent from the queue: online or not, the path is the same.
import { dequeue, pendingPassages } from './store'

export class GateApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const res = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: {
      'accept-language': document.documentElement.lang,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = res.status === 204 ? undefined : await res.json().catch(() => undefined)
  if (!res.ok)
    throw new GateApiError(
      res.status,
      json?.error?.code ?? 'NETWORK',
      json?.error?.message ?? String(res.status),
    )
  return json as T
}

export interface SyncReport {
  sent: number
  rejected: { id: string; message: string }[]
}

let running: Promise<SyncReport> | undefined

/** Sends what waits (500 at a time); keeps it all when the network or the session fails. */
export function syncQueue(): Promise<SyncReport> {
  running ??= (async () => {
    const report: SyncReport = { sent: 0, rejected: [] }
    try {
      const all = await pendingPassages()
      for (let i = 0; i < all.length; i += 500) {
        const chunk = all.slice(i, i + 500)
        const res = await call<{
          results: { id: string | null; status: string; error?: { message: string } }[]
        }>('POST', '/api/v1/passages/batch', { passages: chunk, sentAt: new Date().toISOString() })
        // Stored, already stored, or refused for good: none of them is sent again.
        await dequeue(chunk.map((p) => p.id))
        for (const r of res.results)
          if (r.status === 'rejected')
            report.rejected.push({ id: r.id ?? '', message: r.error?.message ?? '' })
          else report.sent++
      }
      return report
    } finally {
      running = undefined
    }
  })()
  return running
}
