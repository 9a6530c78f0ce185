// Opening a deployment: config → keys → database → migrations → first region and admin.
// Shared by `lianfang serve` and the other commands, so that both see the same data.
import type { Config } from './config.js'
import { openDb, type Db } from './db/db.js'
import { migrateToLatest } from './db/migrate.js'
import { initPii, loadDataKey } from './crypto/pii.js'
import { ensureTopRegion } from './modules/regions/regions.service.js'
import { ensureFirstAdmin } from './modules/auth/users.service.js'
import { systemActor, type Actor } from './modules/auth/actor.js'
import { findTopRegion } from './modules/regions/regions.queries.js'

export async function openDeployment(config: Config): Promise<Db> {
  initPii(loadDataKey(config.dataKey, config.dataDir))
  const db = openDb({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile })
  await migrateToLatest(db)
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
