// Sending the queue. Every passage is queued on the phone first and sent from the queue:
// online or not, the path is the same.
import { api } from '../api/client'
import { dequeue, pendingPassages } from './store'

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
        const res = await api.post('/api/v1/passages/batch', {
          body: { passages: chunk, sentAt: new Date().toISOString() },
        })
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
