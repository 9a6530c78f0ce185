import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely'
import { modules } from '../modules/index.js'

export function allMigrations(): Record<string, Migration> {
  const all: Record<string, Migration> = {}
  for (const m of modules) {
    for (const [name, migration] of Object.entries(m.migrations ?? {})) {
      if (all[name]) throw new Error(`migration name used twice: ${name}`)
      all[name] = migration
    }
  }
  return all
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => allMigrations() },
    migrationTableName: 'lf_migration',
    migrationLockTableName: 'lf_migration_lock',
  })
  const result: MigrationResultSet = await migrator.migrateToLatest()
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName
    throw new Error(`migration ${failed ?? '?'} failed: ${String(result.error)}`, { cause: result.error })
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
