// Talking to the server: sending the queue, looking up a typed document number, confirming
// a 待核验 pass. Every passage is queued on the phone first and sent from the queue: online
// or not, the path is the same.
import { api } from '../api/client'
import { requestJson } from '../api/core'
import type { Verdict } from '@shared/verdict'
import { dequeue, pendingPassages, refuse, type PendingPassage } from './store'

export interface SyncReport {
  sent: number
  refused: number
  /** unsent passages older than a day, dropped from the phone */
  expired: number
}

let running: Promise<SyncReport> | undefined

/** Sends what waits (500 at a time); keeps it all when the network or the session fails. */
export function syncQueue(): Promise<SyncReport> {
  running ??= (async () => {
    const { passages: all, expired } = await pendingPassages()
    const report: SyncReport = { sent: 0, refused: 0, expired }
    if (!all.length) return report
    for (let i = 0; i < all.length; i += 500) {
      const chunk = all.slice(i, i + 500)
      const res = await api.post('/api/v1/passages/batch', {
        body: {
          passages: chunk.map(({ qr, ...p }) => (qr ? { ...p, qr } : p)),
          sentAt: new Date().toISOString(),
        },
      })
      // Stored or already stored: gone from the phone. Refused for good: kept apart, for a
      // person to fix or discard — a fever reading is never dropped silently.
      const refused = res.results.flatMap((r, n) =>
        r.status === 'rejected' ? [{ passage: chunk[n], message: r.error?.message ?? '' }] : [],
      )
      if (refused.length) await refuse(refused)
      const refusedIds = new Set(refused.map((r) => r.passage.id))
      await dequeue(chunk.map((p) => p.id).filter((id) => !refusedIds.has(id)))
      report.sent += chunk.length - refused.length
      report.refused += refused.length
    }
    return report
  })().finally(() => (running = undefined))
  return running
}

export interface Lookup {
  found: boolean
  colour?: string
  name?: string
  verdict: Verdict
  reason: string | null
}

const LOOKUP_WAIT_MS = 4000

/** The server's verdict on a typed document number; undefined when it cannot be asked. */
export async function lookUp(
  checkpointId: string,
  document: NonNullable<PendingPassage['document']>,
): Promise<Lookup | undefined> {
  if (!navigator.onLine) return undefined
  try {
    // A weak signal must not keep a queue waiting: past a few seconds the gate decides alone.
    const r = (await Promise.race([
      requestJson('post', '/api/v1/gate/lookup', { body: { checkpointId, document } }),
      new Promise((resolve) => setTimeout(resolve, LOOKUP_WAIT_MS)),
    ])) as Lookup | undefined
    return r && typeof r.verdict === 'string' ? r : undefined
  } catch {
    // Unreachable, no such endpoint, signed out, a server error: the gate decides alone, and
    // its own verdict for a typed number is never green.
    return undefined
  }
}

/** 已核验身份证: the server marks the pass's holder confirmed; needs the network. */
export const confirmPass = (qr: string) =>
  requestJson('post', '/api/v1/passes/confirm', { body: { qr } }) as Promise<{
    confirmed: boolean
    name?: string
    last4?: string
  }>
