// What the gate phone keeps. localStorage: the account, the checkpoint and its settings, the
// pass keys and revocation list, the pass ids confirmed here (nothing personal). IndexedDB:
// passages not yet sent and passages the server refused, each encrypted (AES-GCM) with a key
// made on this phone as a non-extractable CryptoKey: a copy of the phone's storage shows no
// document number, name or phone. Whatever waits is sent by whoever signs in next; once
// nothing waits, a sign-out deletes the database, key and all.
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
  /** pass ids whose holder's identity card was checked here (待核验 → confirmed) */
  confirmed?: string[]
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

/**
 * A passage as the gate sends it; `qr` is the scanned pass (issue 13: the server verifies it
 * again). The generated types gain `qr` once the server's schema has it.
 */
export type PendingPassage = Body<'post', '/api/v1/passages'> & { qr?: string }
/** A passage the server refused for good: kept until a person fixes or discards it. */
export interface RefusedPassage {
  passage: PendingPassage
  message: string
}

const DB = 'lianfang-gate'
const QUEUE = 'pending'
const REFUSED = 'refused'
const KEYS = 'keys'
/** Unsent passages older than this are dropped: the gate keeps a day, not a history. */
export const MAX_AGE_MS = 24 * 3600_000

/** What IndexedDB holds for a passage: its id, when it was recorded, and ciphertext. */
interface Sealed {
  id: string
  at: number
  iv: Uint8Array<ArrayBuffer>
  data: ArrayBuffer
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 2)
    req.onupgradeneeded = () => {
      const db = req.result
      // version 1 kept passages in clear: they go (sent or not) rather than stay readable
      if (db.objectStoreNames.contains(QUEUE)) db.deleteObjectStore(QUEUE)
      db.createObjectStore(QUEUE, { keyPath: 'id' })
      db.createObjectStore(REFUSED, { keyPath: 'id' })
      db.createObjectStore(KEYS)
    }
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function tx<T>(
  store: string,
  mode: IDBTransactionMode,
  fn: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await open()
  return new Promise((resolve, reject) => {
    const t = db.transaction(store, mode)
    const req = fn(t.objectStore(store))
    // resolve only once the write is committed to the device's storage
    t.oncomplete = () => (db.close(), resolve(req ? req.result : undefined))
    t.onerror = () => (db.close(), reject(t.error))
  })
}

let key: Promise<CryptoKey> | undefined

/** The phone's own key: made once, never exportable, kept as a CryptoKey object in IndexedDB. */
function queueKey(): Promise<CryptoKey> {
  key ??= (async () => {
    const kept = await tx<CryptoKey>(KEYS, 'readonly', (s) => s.get('queue') as IDBRequest<CryptoKey>)
    if (kept) return kept
    const made = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ])
    await tx(KEYS, 'readwrite', (s) => s.put(made, 'queue'))
    return made
  })().catch((e: unknown) => {
    key = undefined
    throw e
  })
  return key
}

async function seal(id: string, at: number, value: unknown): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const plain = new TextEncoder().encode(JSON.stringify(value))
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, await queueKey(), plain)
  return { id, at, iv, data }
}

async function unseal<T>(s: Sealed): Promise<T> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: s.iv }, await queueKey(), s.data)
  return JSON.parse(new TextDecoder().decode(plain)) as T
}

const recordedAt = (p: PendingPassage) => Date.parse(p.deviceAt) || Date.now()

/** Queues a passage; sealed first, as a transaction cannot wait for the encryption. */
export async function enqueue(p: PendingPassage): Promise<void> {
  const sealed = await seal(p.id, recordedAt(p), p)
  await tx(QUEUE, 'readwrite', (s) => s.put(sealed))
}

async function readAll<T>(store: string): Promise<{ at: number; value: T }[]> {
  const all = (await tx<Sealed[]>(store, 'readonly', (s) => s.getAll() as IDBRequest<Sealed[]>)) ?? []
  const out: { at: number; value: T }[] = []
  for (const s of all) {
    // A record the key cannot open (the key was lost) is useless to keep: it goes.
    const value = await unseal<T>(s).catch(() => undefined)
    if (value === undefined) await tx(store, 'readwrite', (st) => st.delete(s.id))
    else out.push({ at: s.at, value })
  }
  return out
}

/** Passages waiting to be sent, oldest first; those older than a day are dropped and counted. */
export async function pendingPassages(
  now = Date.now(),
): Promise<{ passages: PendingPassage[]; expired: number }> {
  const all = await readAll<PendingPassage>(QUEUE)
  const old = all.filter((r) => now - r.at > MAX_AGE_MS)
  if (old.length) await dequeue(old.map((r) => r.value.id))
  const passages = all
    .filter((r) => now - r.at <= MAX_AGE_MS)
    .sort((a, b) => a.at - b.at)
    .map((r) => r.value)
  return { passages, expired: old.length }
}
export const pendingCount = async () => (await tx<number>(QUEUE, 'readonly', (s) => s.count())) ?? 0
export const dequeue = (ids: string[]) =>
  tx(QUEUE, 'readwrite', (s) => void ids.forEach((id) => s.delete(id)))

/** Moves passages the server refused out of the queue, to wait for a person. */
export async function refuse(items: RefusedPassage[]): Promise<void> {
  const sealed = await Promise.all(items.map((r) => seal(r.passage.id, recordedAt(r.passage), r)))
  await tx(REFUSED, 'readwrite', (s) => void sealed.forEach((x) => s.put(x)))
  await dequeue(items.map((r) => r.passage.id))
}
export const refusedPassages = async () =>
  (await readAll<RefusedPassage>(REFUSED)).sort((a, b) => a.at - b.at).map((r) => r.value)
export const refusedCount = async () => (await tx<number>(REFUSED, 'readonly', (s) => s.count())) ?? 0
/** A refused passage, fixed, goes back to the queue. */
export async function retryRefused(p: PendingPassage): Promise<void> {
  await enqueue(p)
  await discardRefused(p.id)
}
export const discardRefused = (id: string) => tx(REFUSED, 'readwrite', (s) => s.delete(id))

/** Deletes the whole database, the key with it; false (nothing deleted) while anything waits. */
export async function wipeIfEmpty(): Promise<boolean> {
  if ((await pendingCount()) || (await refusedCount())) return false
  key = undefined
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.deleteDatabase(DB)
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
    req.onblocked = () => resolve() // deleted as soon as the last connection closes
  })
  return true
}
