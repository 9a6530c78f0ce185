// 待入链 the audit inbox. Every audited write takes the chain's one head row as its last step,
// so audited writers commit one at a time. A gate's passages arrive by the thousand a second:
// their entries (counts, never people) are written to this inbox in the passages' own
// transaction — so none is lost, and none exists without its passages — and moved onto the
// chain, in order, about once a second by foldAuditInbox. Until then an entry is not yet
// protected by the chain: docs/SECURITY.md, "Audit log".
import { sql } from 'kysely'
import type { Db } from '../db/db.js'
import { dialectOf, inTransaction } from '../db/db.js'
import { uuidv7 } from '../shared/uuid7.js'
import { appendEntries, entryOf, type AuditActor, type AuditInput, type Entry } from './audit.js'

export interface AuditInboxTable extends Entry {
  /** time-ordered: the order entries go onto the chain */
  id: string
}

declare module '../db/db.js' {
  interface Tables {
    audit_inbox: AuditInboxTable
  }
}

/** Records an entry for the chain, inside the transaction of the write it records. */
export async function recordAuditSoon(db: Db, actor: AuditActor, input: AuditInput): Promise<void> {
  await db
    .insertInto('audit_inbox')
    .values({ id: uuidv7(), ...entryOf(actor, input) })
    .execute()
}

/** Moves what waits in the inbox onto the chain, oldest first, in one transaction; returns how many. */
export function foldAuditInbox(db: Db, limit = 5000): Promise<number> {
  return inTransaction(db, async (trx) => {
    // The head first: two servers folding at once take turns, and the second finds the
    // entries the first moved already gone.
    if (dialectOf(trx) === 'postgres')
      await sql`select 1 from audit_head where id = 1 for update`.execute(trx)
    const rows = await trx.selectFrom('audit_inbox').selectAll().orderBy('id').limit(limit).execute()
    if (rows.length === 0) return 0
    await appendEntries(
      trx,
      rows.map(({ id: _, ...entry }) => entry),
    )
    await trx
      .deleteFrom('audit_inbox')
      .where(
        'id',
        'in',
        rows.map((r) => r.id),
      )
      .execute()
    return rows.length
  })
}

/** Folds until the inbox is empty: before the chain is verified or a server stops. */
export async function foldAllAuditInbox(db: Db): Promise<void> {
  while ((await foldAuditInbox(db)) > 0);
}
