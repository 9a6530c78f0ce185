// 全新数据库: the demo writes a whole district, so it refuses a database that already holds
// anything beyond the first region (and a first admin account), unless told to start over.
import { existsSync, rmSync } from 'node:fs'
import { sql } from 'kysely'
import type { Db } from '../db/db.js'
import type { Config } from '../config.js'

export async function isFresh(db: Db): Promise<{ fresh: boolean; why: string }> {
  const count = async (table: 'region' | 'person' | 'staff_user') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
  const regions = await count('region')
  const people = await count('person')
  const users = await count('staff_user')
  if (regions <= 1 && people === 0 && users <= 1) return { fresh: true, why: '' }
  return { fresh: false, why: `${regions} regions, ${people} people, ${users} accounts` }
}

/** --force: SQLite starts from an empty file; PostgreSQL loses every table of this schema. */
export async function wipe(config: Config, db: Db): Promise<void> {
  if (!config.databaseUrl) {
    await db.destroy()
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(config.sqliteFile + suffix)) rmSync(config.sqliteFile + suffix)
    return
  }
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true })
  for (const t of tables) await sql`drop table if exists ${sql.table(t.name)} cascade`.execute(db)
  await db.destroy()
}
