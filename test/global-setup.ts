// Prepares migrated template databases once per run: a SQLite file to copy and a
// PostgreSQL database to clone with CREATE DATABASE … TEMPLATE. In CI PostgreSQL must be up.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { openDb } from '../src/db/db.js'
import { randomBytes } from 'node:crypto'
import { initPii } from '../src/crypto/pii.js'
import { migrateDatabase } from '../src/runtime.js'
import { ensureTopRegion } from '../src/modules/regions/index.js'
import { adminUrl, databaseUrl } from './pg-url.js'

declare module 'vitest' {
  export interface ProvidedContext {
    dialects: ('sqlite' | 'postgres')[]
    sqliteTemplate: string
    pgTemplate: string
    runId: string
    /** base64 data key shared by every test process, so all of them write one audit chain */
    dataKey: string
  }
}

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function prepare(db: ReturnType<typeof openDb>) {
  await migrateDatabase(db)
  await ensureTopRegion(db, '测试区')
  await db.destroy()
}

export default async function setup(project: TestProject) {
  const dataKey = randomBytes(32).toString('base64')
  initPii(Buffer.from(dataKey, 'base64'))
  const runId = `${process.pid}_${Date.now().toString(36)}`
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-test-'))
  const sqliteTemplate = path.join(dir, 'template.db')
  await prepare(openDb({ sqliteFile: sqliteTemplate }))
  // Fold the WAL into the main file so that a plain copy is the whole database.
  const { default: SQLite } = await import('better-sqlite3')
  const s = new SQLite(sqliteTemplate)
  s.pragma('journal_mode = DELETE')
  s.close()

  const dialects: ('sqlite' | 'postgres')[] = ['sqlite']
  const pgTemplate = `lf_tpl_${runId}`
  const admin = new pg.Client({ connectionString: adminUrl() })
  if (await postgresReachable()) {
    await admin.connect()
    await admin.query(`create database ${pgTemplate}`)
    await prepare(openDb({ databaseUrl: databaseUrl(pgTemplate) }))
    dialects.push('postgres')
    console.log(
      `[lianfang tests] databases: SQLite and PostgreSQL (${adminUrl().replace(/\/\/[^@]*@/, '//')})`,
    )
  } else if (process.env.CI) {
    throw new Error(`PostgreSQL is not reachable at ${adminUrl()}: in CI it is never skipped`)
  } else {
    console.warn(
      `\n[lianfang tests] PostgreSQL not reachable at ${adminUrl()}: SKIPPING the PostgreSQL half of every data test\n`,
    )
  }
  project.provide('dialects', dialects)
  project.provide('sqliteTemplate', sqliteTemplate)
  project.provide('pgTemplate', pgTemplate)
  project.provide('runId', runId)
  project.provide('dataKey', dataKey)

  return async () => {
    rmSync(dir, { recursive: true, force: true })
    if (!dialects.includes('postgres')) return
    const { rows } = await admin.query<{ datname: string }>(
      `select datname from pg_database where datname like $1`,
      [`lf_%${runId}%`],
    )
    for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`)
    await admin.end()
  }
}
