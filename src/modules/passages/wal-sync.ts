// fsync of a SQLite database's write-ahead log, off the event loop (libuv thread pool).
import { open } from 'node:fs/promises'
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'

async function fsyncFile(file: string): Promise<boolean> {
  let handle
  try {
    handle = await open(file, 'r')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw e
  }
  try {
    // fsync flushes the file's data whichever descriptor wrote it
    await handle.sync()
    return true
  } finally {
    await handle.close()
  }
}

/** A function that makes every commit so far durable. */
export function walSync(db: Db): () => Promise<void> {
  let file: Promise<string> | undefined
  return async () => {
    file ??= sql<{ name: string; file: string }>`pragma database_list`
      .execute(db)
      .then((r) => r.rows.find((row) => row.name === 'main')?.file ?? '')
    const main = await file
    if (!main) return // in memory: nothing to sync
    // No WAL file means it was checkpointed into the main file and removed: sync that.
    if (!(await fsyncFile(`${main}-wal`))) await fsyncFile(main)
  }
}
