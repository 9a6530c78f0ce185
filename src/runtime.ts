// Opening a deployment: config → keys → database → migrations → modules installed → first
// region and admin. Shared by `lianfang serve` and the other commands, so that both see the
// same data. The app layer: it hands the modules' migrations and the config in.
import type { Kysely } from 'kysely'
import type { Config } from './config.js'
import { openDb, type Db } from './db/db.js'
import { migrateToLatest } from './db/migrate.js'
import { allMigrations, installModules } from './modules/index.js'
import { initPii, loadDataKey } from './crypto/pii.js'
import { ensureTopRegion } from './modules/regions/index.js'
import { ensureFirstAdmin } from './modules/auth/index.js'
import { systemActor, type Actor } from './core/actor.js'
import { findTopRegion } from './modules/regions/index.js'

/** Applies every module's missing migrations. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const migrateDatabase = (db: Kysely<any>) => migrateToLatest(db, allMigrations())

export async function openDeployment(config: Config): Promise<Db> {
  initPii(loadDataKey(config.dataKey, config.dataDir))
  installModules(config)
  const db = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile })
  await migrateDatabase(db)
  await ensureTopRegion(db, config.areaName)
  return db
}

/** On an empty database: the first admin and its one-time password, to be printed once. */
export const createFirstAdmin = (db: Db) => ensureFirstAdmin(db)

export async function cliActor(db: Db): Promise<Actor> {
  const top = await findTopRegion(db)
  if (!top) throw new Error('no region tree: run `lianfang migrate` first')
  return systemActor(top.id, top.path)
}
