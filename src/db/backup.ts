import { existsSync } from 'node:fs'
import { openSqlite } from './db.js'

/** SQLite online backup: consistent while the server keeps writing. Returns pages copied. */
export async function backupSqlite(sourceFile: string, targetFile: string): Promise<number> {
  if (!existsSync(sourceFile)) throw new Error(`no database at ${sourceFile}`)
  if (existsSync(targetFile)) throw new Error(`${targetFile} exists already: choose a new file`)
  const db = openSqlite(sourceFile)
  try {
    const result = await db.backup(targetFile)
    return result.totalPages
  } finally {
    db.close()
  }
}
