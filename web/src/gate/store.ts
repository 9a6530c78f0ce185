// What the gate phone keeps. localStorage: the account, the checkpoint and its settings, the
// pass keys and revocation list (nothing personal). IndexedDB: passages not yet sent, which
// a sign-out never clears — they are sent by whoever signs in next.
import type { Jwks } from '@shared/pass/index'
import type { Body, Result } from '../api/client'

export type GateSettings = Result<'get', '/api/v1/checkpoints/{id}/gate-settings'>
export type Checkpoint = Pick<Result<'get', '/api/v1/checkpoints'>[number], 'id' | 'name' | 'regionName'>
export interface GateState {
  user?: Pick<Result<'post', '/api/v1/auth/login'>['user'], 'username' | 'displayName'>
  checkpoint?: Checkpoint
  settings?: GateSettings
  jwks?: Jwks
  revoked?: string[]
}

const STATE = 'lianfang.gate'

export function loadState(): GateState {
  try {
    return JSON.parse(localStorage.getItem(STATE) ?? '{}') as GateState
  } catch {
    return {}
  }
}
export const saveState = (s: GateState) => localStorage.setItem(STATE, JSON.stringify(s))
export const clearState = () => localStorage.removeItem(STATE)

/** A passage as the gate sends it. */
export type PendingPassage = Body<'post', '/api/v1/passages'>

const DB = 'lianfang-gate'
const QUEUE = 'pending'

function openQueue(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1)
    req.onupgradeneeded = () => req.result.createObjectStore(QUEUE, { keyPath: 'id' })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function tx<T>(
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openQueue()
  return new Promise((resolve, reject) => {
    const t = db.transaction(QUEUE, mode)
    const req = fn(t.objectStore(QUEUE))
    // resolve only once the write is committed to the device's storage
    t.oncomplete = () => (db.close(), resolve(req ? req.result : undefined))
    t.onerror = () => (db.close(), reject(t.error))
  })
}

export const enqueue = (p: PendingPassage) => tx('readwrite', (s) => s.put(p))
export const pendingPassages = async () => (await tx<PendingPassage[]>('readonly', (s) => s.getAll())) ?? []
export const pendingCount = async () => (await tx<number>('readonly', (s) => s.count())) ?? 0
export const dequeue = (ids: string[]) => tx('readwrite', (s) => void ids.forEach((id) => s.delete(id)))
