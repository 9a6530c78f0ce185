// fsync of a SQLite database's write-ahead log, off the event loop (libuv thread pool).
import { open, type FileHandle } from 'node:fs/promises'
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'

async function openIfThere(file: string): Promise<FileHandle | undefined> {
  try {
    return await open(file, 'r')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw e
  }
}

/**
 * A function that makes every commit so far durable. The WAL file stays open between syncs
 * (opening and closing it cost more than the sync's own call): SQLite keeps the same file
 * while the database is open, rewinding it after a checkpoint, and fsync flushes a file's
 * data whichever descriptor wrote it.
 */
export function walSync(db: Db): { sync: () => Promise<void>; close: () => Promise<void> } {
  let main: Promise<string> | undefined
  let wal: FileHandle | undefined
  const close = async () => {
    const open = wal
    wal = undefined
    await open?.close()
  }
  const sync = async () => {
    main ??= sql<{ name: string; file: string }>`pragma database_list`
      .execute(db)
      .then((r) => r.rows.find((row) => row.name === 'main')?.file ?? '')
    const file = await main
    if (!file) return // in memory: nothing to sync
    wal ??= await openIfThere(`${file}-wal`)
    if (wal) return wal.sync()
    // No WAL file means it was checkpointed into the main file and removed: sync that.
    const handle = await openIfThere(file)
    try {
      await handle?.sync()
    } finally {
      await handle?.close()
    }
  }
  return { sync, close }
}
