// 组提交 group commit: a passage is acknowledged only once it is on disk, but each commit
// costs an fsync. So every passage that queued during one turn of the event loop goes
// into one transaction (≤ 500 rows), and all of them are answered after its one commit.
// A fixed timer would cap throughput at connections ÷ interval; flushing at the end of
// the current turn (setImmediate) keeps it close to the no-database ceiling (docs PERF.md).
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { dialectOf, inTransaction } from '../../db/db.js'
import { resolvePassOwners } from './prepare.js'
import { walSync } from './wal-sync.js'
import { recordAuditSoon } from '../../core/audit-inbox.js'
import { bumpHourlyCounters, findPassages, insertNewPassages, type PassageTable } from './passages.queries.js'

export const MAX_BATCH = 500

export interface Submitted {
  row: PassageTable
  actor: { userId: string | null; username: string }
}

export interface Outcome {
  stored: PassageTable
  /** the id was stored before: this is the earlier result, unchanged */
  duplicate: boolean
}

interface Pending extends Submitted {
  resolve: (o: Outcome) => void
  reject: (e: unknown) => void
}

export interface Committer {
  submit(s: Submitted): Promise<Outcome>
  /** resolves once nothing is queued or being written */
  drain(): Promise<void>
  /** drains, then lets go of open files (the database is closing) */
  close(): Promise<void>
}

/** Writes one batch in one transaction; answers each pending passage. */
async function writeBatch(db: Db, batch: Pending[]): Promise<Map<string, Outcome>> {
  // The same id twice in one batch: the first is written, the later ones are re-sends.
  const unique = new Map<string, PassageTable>()
  for (const p of batch) if (!unique.has(p.row.id)) unique.set(p.row.id, p.row)
  return inTransaction(db, async (trx) => {
    const rows = [...unique.values()]
    await resolvePassOwners(trx, rows)
    const inserted = await insertNewPassages(trx, rows)
    const earlier =
      rows.length === inserted.size
        ? []
        : await findPassages(
            trx,
            rows.filter((r) => !inserted.has(r.id)).map((r) => r.id),
          )
    const fresh = rows.filter((r) => inserted.has(r.id))
    await bumpHourlyCounters(trx, fresh)
    // One audit entry per staff member and checkpoint per commit: counts, never people.
    const groups = new Map<string, { actor: Submitted['actor']; checkpointId: string; count: number }>()
    for (const p of batch) {
      if (!inserted.has(p.row.id) || unique.get(p.row.id) !== p.row) continue
      const key = `${p.actor.userId}|${p.row.checkpoint_id}`
      const g = groups.get(key) ?? { actor: p.actor, checkpointId: p.row.checkpoint_id, count: 0 }
      g.count++
      groups.set(key, g)
    }
    for (const g of groups.values())
      await recordAuditSoon(trx, g.actor, {
        action: 'passage.record',
        entity: 'checkpoint',
        entityId: g.checkpointId,
        detail: { count: g.count },
      })
    const outcomes = new Map<string, Outcome>()
    for (const r of fresh) outcomes.set(r.id, { stored: r, duplicate: false })
    for (const r of earlier) outcomes.set(r.id, { stored: r, duplicate: true })
    return outcomes
  })
}

function answer(batch: Pending[], outcomes: Map<string, Outcome>) {
  const answered = new Set<string>()
  for (const p of batch) {
    const o = outcomes.get(p.row.id)
    if (!o) p.reject(new Error('passage missing after commit'))
    else if (answered.has(p.row.id)) p.resolve({ stored: o.stored, duplicate: true })
    else p.resolve(o)
    answered.add(p.row.id)
  }
}

/**
 * SQLite: the commit itself runs with synchronous=NORMAL (WAL frames written, not synced)
 * and the WAL file is then fsynced on libuv's thread pool before anyone is answered. The
 * durability is FULL's — an acknowledged passage's frames are on disk — but the event
 * loop is not blocked for the sync, so the next batch gathers and writes meanwhile.
 */
async function writeBatchSqlite(db: Db, batch: Pending[], sync: () => Promise<void>) {
  const outcomes = await db.connection().execute(async (conn) => {
    await sql`pragma synchronous = NORMAL`.execute(conn)
    try {
      return await writeBatch(conn, batch)
    } finally {
      // other modules' writes on this connection stay synchronous=FULL
      await sql`pragma synchronous = FULL`.execute(conn)
    }
  })
  await sync()
  return outcomes
}

export function createCommitter(db: Db): Committer {
  // SQLite has one writer, but while one batch syncs the next one can be written.
  // PostgreSQL commits in parallel on its pool.
  const sqlite = dialectOf(db) === 'sqlite'
  const concurrency = sqlite ? 2 : 4
  const wal = sqlite ? walSync(db) : undefined
  const sync = wal?.sync ?? (async () => {})
  const queue: Pending[] = []
  let running = 0
  let scheduled = false
  const idle: (() => void)[] = []

  const flush = async (batch: Pending[]) => {
    try {
      answer(batch, await (sqlite ? writeBatchSqlite(db, batch, sync) : writeBatch(db, batch)))
    } catch (e) {
      // One poisoned row must not fail its neighbours: retry each alone, answer each alone.
      if (batch.length === 1) batch[0].reject(e)
      else for (const p of batch) await flush([p])
    }
  }

  const run = () => {
    scheduled = false
    while (queue.length > 0 && running < concurrency) {
      const batch = queue.splice(0, MAX_BATCH)
      running++
      void flush(batch).finally(() => {
        running--
        if (queue.length > 0) schedule()
        else if (running === 0) for (const done of idle.splice(0)) done()
      })
    }
  }

  const schedule = () => {
    if (scheduled) return
    scheduled = true
    setImmediate(run)
  }

  const drain = () => {
    if (queue.length === 0 && running === 0) return Promise.resolve()
    return new Promise<void>((resolve) => idle.push(resolve))
  }

  return {
    submit(s) {
      return new Promise<Outcome>((resolve, reject) => {
        queue.push({ ...s, resolve, reject })
        schedule()
      })
    },
    drain,
    async close() {
      await drain()
      await wal?.close()
    },
  }
}

const committers = new WeakMap<Db, Committer>()

/** The one committer of a database (a process writes each database through one). */
export function committerFor(db: Db): Committer {
  let c = committers.get(db)
  if (!c) committers.set(db, (c = createCommitter(db)))
  return c
}
