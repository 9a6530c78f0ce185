// For tests that play an attacker with write access to the database.
import { sql } from 'kysely'
import { dialectOf, type Db } from '../../db/db.js'

/**
 * Runs `fn`, which edits audit rows by hand, as the database's owner could: with the
 * append-only triggers out of the way for the while.
 */
export async function allowAuditRewrite(db: Db, fn: () => Promise<void>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table audit_event disable trigger user`.execute(db)
    try {
      await fn()
    } finally {
      await sql`alter table audit_event enable trigger user`.execute(db)
    }
    return
  }
  const triggers = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_event'`.execute(db)
  for (const t of triggers.rows) await sql`drop trigger ${sql.id(t.name)}`.execute(db)
  try {
    await fn()
  } finally {
    for (const t of triggers.rows) await sql.raw(t.sql).execute(db)
  }
}
