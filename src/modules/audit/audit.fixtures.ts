// For tests that play an attacker with write access to the database.
import type { Db } from '../../db/db.js'

/** Runs `fn`, which edits audit rows by hand, as someone who owns the database could. */
export async function allowAuditRewrite(db: Db, fn: () => Promise<void>): Promise<void> {
  await fn()
}
