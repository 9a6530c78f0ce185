// 审计日志: append-only and hash-chained. Each entry's hash covers the previous hash and the
// entry, so an edit anywhere breaks every link after it. Details never hold personal data.
// The hash is an HMAC under a key derived from the data key, which is never in the database:
// someone who can write the database but lacks the key cannot recompute the chain after an
// edit. Entries older than the keyed chain (seq < audit_head.keyed_from, written before the
// upgrade) keep their plain SHA-256 links; see docs/SECURITY.md, "Audit log".
import { createHash, createHmac } from 'node:crypto'
import { auditChainKey } from '../crypto/pii.js'
import type { Db } from '../db/db.js'
import { inTransaction, lastStepsOf, nowIso } from '../db/db.js'
import { now } from './clock.js'
import type { Actor } from './actor.js'
import { GENESIS } from './audit.migrations.js'

export interface AuditTable {
  seq: number
  at: string
  actor_id: string | null
  actor_name: string
  action: string
  entity: string | null
  entity_id: string | null
  detail: string | null
  prev_hash: string
  hash: string
}

declare module '../db/db.js' {
  interface Tables {
    audit_event: AuditTable
    audit_head: { id: number; seq: number; hash: string; keyed_from: number }
  }
}

export interface AuditInput {
  action: string
  entity?: string
  entityId?: string
  detail?: Record<string, unknown>
}

export type AuditActor = Pick<Actor, 'userId' | 'username'> | { userId: null; username: string }

// Lone surrogates and NUL cannot be stored as text: the drivers write a lone surrogate as the
// bytes of U+FFFD and PostgreSQL refuses NUL outright. Whatever text reaches the log is made
// storable first, so that what is hashed is exactly what is stored and reads back.
const UNSTORABLE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\0/g
export const storableText = (s: string): string => s.replace(UNSTORABLE, '\ufffd')
const storable = (s: string | null | undefined): string | null => (s == null ? null : storableText(s))

function hashEntry(prevHash: string, e: Omit<AuditTable, 'hash' | 'prev_hash'>, keyed = true): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at,
    e.actor_id,
    e.actor_name,
    e.action,
    e.entity,
    e.entity_id,
    e.detail,
  ])
  const mac = keyed ? createHmac('sha256', auditChainKey()) : createHash('sha256')
  return mac.update(prevHash).update('\n').update(canonical).digest('hex')
}

export type Entry = Omit<AuditTable, 'seq' | 'hash' | 'prev_hash'>

// Entries waiting for the end of their transaction, by its `trx`.
const pending = new WeakMap<object, Entry[]>()

/**
 * Call inside the transaction of the write it records. Inside inTransaction the entry is
 * appended as the transaction's last step: the chain's head is one row that every audited
 * write updates, and taking it last in every transaction gives one lock order. Taken early
 * (as this did before), a writer holding the head could wait for a row (an alert, a sweep
 * item) held by another writer that was in turn waiting for the head: a deadlock. Taken last,
 * a transaction holding the head waits for nothing but its commit, and the head is held
 * only for the three statements of the append. The chain stays in commit order.
 */
export async function recordAudit(db: Db, actor: AuditActor, input: AuditInput): Promise<void> {
  const entry = entryOf(actor, input)
  const waiting = pending.get(db)
  if (waiting) return void waiting.push(entry)
  const lastSteps = lastStepsOf(db)
  if (!lastSteps)
    // a transaction of the caller's own making, or none at all (a fixture): the three
    // statements of the append must still run together
    return db.isTransaction
      ? appendEntries(db, [entry])
      : inTransaction(db, (trx) => appendEntries(trx, [entry]))
  const entries = [entry]
  pending.set(db, entries)
  lastSteps.push(() => appendEntries(db, entries))
}

/** An entry as stored: text made storable, the detail as JSON. */
export const entryOf = (actor: AuditActor, input: AuditInput): Entry => ({
  at: nowIso(now),
  actor_id: storable(actor.userId),
  actor_name: storableText(actor.username),
  action: storableText(input.action),
  entity: storable(input.entity),
  entity_id: storable(input.entityId),
  // JSON escapes lone surrogates and control characters; storable() is the safety net
  detail: input.detail ? storableText(JSON.stringify(input.detail)) : null,
})

/** Links entries onto the chain, in order, inside the caller's transaction. */
export async function appendEntries(db: Db, entries: Entry[]): Promise<void> {
  const head = await db
    .updateTable('audit_head')
    .set((eb) => ({ seq: eb('seq', '+', entries.length) }))
    .where('id', '=', 1)
    .returning(['seq', 'hash'])
    .executeTakeFirstOrThrow()
  let prev = head.hash
  const first = Number(head.seq) - entries.length + 1
  const rows = entries.map((e, i) => {
    const seq = first + i
    const hash = hashEntry(prev, { ...e, seq })
    const row = { ...e, seq, prev_hash: prev, hash }
    prev = hash
    return row
  })
  // in slices: SQLite binds at most 32766 parameters a statement
  for (let i = 0; i < rows.length; i += 1000)
    await db
      .insertInto('audit_event')
      .values(rows.slice(i, i + 1000))
      .execute()
  await db.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute()
}

/** Writes that stand alone (a login, a failed login) get their own transaction. */
export const recordAuditNow = (db: Db, actor: AuditActor, input: AuditInput) =>
  inTransaction(db, (trx) => recordAudit(trx, actor, input))

export interface ChainReport {
  ok: boolean
  checked: number
  brokenAt?: number
  reason?: string
  /** entries from before the keyed chain, linked by plain SHA-256 */
  legacy?: number
  /** the first seq linked by HMAC */
  keyedFrom?: number
  /** the last entry verified */
  head?: { seq: number; hash: string; at: string }
}

/** Walks the chain in order, in pages, and reports the first broken link. */
export async function verifyAuditChain(db: Db, onProgress?: (checked: number) => void): Promise<ChainReport> {
  let prev = GENESIS
  let expectedSeq = 1
  let checked = 0
  let last: ChainReport['head']
  const { keyed_from } = await db.selectFrom('audit_head').select('keyed_from').executeTakeFirstOrThrow()
  const keyedFrom = Number(keyed_from)
  for (;;) {
    const rows = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('seq', '>=', expectedSeq)
      .orderBy('seq')
      .limit(5000)
      .execute()
    if (rows.length === 0) break
    for (const row of rows) {
      const seq = Number(row.seq)
      if (seq !== expectedSeq) return { ok: false, checked, brokenAt: expectedSeq, reason: 'missing entry' }
      if (row.prev_hash !== prev)
        return { ok: false, checked, brokenAt: seq, reason: 'previous hash differs' }
      const { hash, prev_hash: _p, ...entry } = row
      if (hashEntry(prev, { ...entry, seq }, seq >= keyedFrom) !== hash)
        return { ok: false, checked, brokenAt: seq, reason: 'entry does not match its hash' }
      prev = hash
      last = { seq, hash, at: row.at }
      expectedSeq++
      checked++
    }
    onProgress?.(checked)
  }
  const head = await db.selectFrom('audit_head').selectAll().executeTakeFirstOrThrow()
  if (Number(head.seq) !== checked || head.hash !== prev)
    return { ok: false, checked, brokenAt: checked + 1, reason: 'chain head does not match the last entry' }
  return { ok: true, checked, legacy: Math.min(checked, keyedFrom - 1), keyedFrom, head: last }
}
