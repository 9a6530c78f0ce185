// A fresh migrated database for each test file, on each dialect the run has.
import { copyFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import { loadConfig } from '../src/config.js'
import { installModules } from '../src/modules/index.js'
import { openDb, type Db, type DialectName } from '../src/db/db.js'
import { initPii } from '../src/crypto/pii.js'
import { findTopRegion, type Region } from '../src/modules/regions/index.js'
import { adminUrl, databaseUrl } from './pg-url.js'

/** the data key of every test process (and of a CLI run given LIANFANG_DATA_KEY) */
export const testDataKey = inject('dataKey')
initPii(Buffer.from(testDataKey, 'base64'))

export const dialects = inject('dialects')

export interface TestDb {
  db: Db
  dialect: DialectName
  /** the SQLite file, or the PostgreSQL URL */
  location: string
  top: Region
  destroy(): Promise<void>
}

let counter = 0

async function createPostgres(): Promise<{ db: Db; location: string; drop: () => Promise<void> }> {
  const name = `lf_t_${inject('runId')}_${process.pid}_${counter++}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  await admin.connect()
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`create database ${name} template ${inject('pgTemplate')}`)
      break
    } catch (e) {
      // Two files cloning the template at once: PostgreSQL says it is in use; try again.
      if (attempt > 20 || !/being accessed/.test(String(e))) throw e
      await new Promise((r) => setTimeout(r, 100 + Math.random() * 200))
    }
  }
  await admin.end()
  const location = databaseUrl(name)
  return {
    db: openDb({ databaseUrl: location, poolSize: 5 }),
    location,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl() })
      await c.connect()
      await c.query(`drop database if exists ${name} with (force)`)
      await c.end()
    },
  }
}

export async function createTestDb(dialect: DialectName): Promise<TestDb> {
  // services called without a server still need the modules' listeners and colour facts
  installModules(loadConfig({ LOG_LEVEL: 'silent' }))
  if (dialect === 'postgres') {
    const { db, location, drop } = await createPostgres()
    const top = (await findTopRegion(db))!
    return { db, dialect, location, top, destroy: async () => (await db.destroy(), await drop()) }
  }
  const location = path.join(os.tmpdir(), `lianfang-${process.pid}-${counter++}-${Date.now()}.db`)
  copyFileSync(inject('sqliteTemplate'), location)
  const db = openDb({ sqliteFile: location })
  const top = (await findTopRegion(db))!
  return { db, dialect, location, top, destroy: () => db.destroy() }
}
