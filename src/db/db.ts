// The data layer: Kysely over better-sqlite3 (default, a file under data/) or over pg when
// DATABASE_URL is set. Both drivers are set up so that rows come back alike: timestamps as
// ISO-8601 UTC strings, counts as numbers, flags as 0/1 integers.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import pg from 'pg'
import { Kysely, PostgresAdapter, PostgresDialect, SqliteDialect, type Transaction } from 'kysely'

/** Every module adds its tables to this interface by declaration merging. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Tables {}

export type Db = Kysely<Tables>
export type Trx = Transaction<Tables>
export type DialectName = 'sqlite' | 'postgres'

pg.types.setTypeParser(20, (v) => Number(v)) // int8: counts
pg.types.setTypeParser(1700, (v) => Number(v)) // numeric
pg.types.setTypeParser(1184, (v) => new Date(v).toISOString()) // timestamptz
pg.types.setTypeParser(1114, (v) => new Date(v + 'Z').toISOString()) // timestamp

export interface OpenOptions {
  databaseUrl?: string
  sqliteFile?: string
  poolSize?: number
}

export function openSqlite(file: string): SQLite.Database {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  // FULL: a commit is on disk before it is acknowledged (group commit keeps it cheap).
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('cache_size = -65536')
  return sqlite
}

export function openDb(options: OpenOptions): Db {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 })
    // An idle connection the server closed (restart, failover, a dropped database) is
    // dropped by the pool and replaced on the next query; without a listener the pool's
    // 'error' event would take the whole process down.
    pool.on('error', (err: Error & { code?: string }) => {
      process.stderr.write(`PostgreSQL closed an idle connection (${err.code ?? err.message})\n`)
    })
    return new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) })
  }
  if (!options.sqliteFile) throw new Error('openDb: neither databaseUrl nor sqliteFile given')
  const sqlite = openSqlite(options.sqliteFile)
  return new Kysely<Tables>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) })
}

/**
 * Kysely prepares every query anew, and preparing a statement costs about as much as
 * running a small one (the demo spent a quarter of its time there): keep the most recent
 * statements by their SQL text. Safe because Kysely runs one statement at a time on its
 * one SQLite connection, each to completion.
 */
function reusingStatements(sqlite: SQLite.Database, max = 1000) {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let stmt = statements.get(sql)
      if (stmt) {
        // most recently used last, so the oldest is the first to go
        statements.delete(sql)
      } else {
        stmt = sqlite.prepare(sql)
        if (statements.size >= max) statements.delete(statements.keys().next().value!)
      }
      statements.set(sql, stmt)
      return stmt
    },
  }
}

// Migrations take Kysely<any> and transactions are Kysely too, so accept any of them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function dialectOf(db: Kysely<any>): DialectName {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite'
}

// What runs as the last statements of a transaction opened by inTransaction, keyed by its
// `trx`: the audit log appends there (src/core/audit.ts), so that its one head row is the
// last lock every writer takes.
const lastSteps = new WeakMap<object, (() => Promise<void>)[]>()

/** The steps inTransaction runs just before committing `db`; undefined when `db` is not its transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const lastStepsOf = (db: Kysely<any>) => lastSteps.get(db)

/** PostgreSQL gave up on the transaction to break a deadlock or a serialisation conflict. */
const RETRYABLE = new Set(['40P01', '40001'])
const MAX_ATTEMPTS = 4

/**
 * The one way to write several rows together: all of them or none. The caller (a route, a
 * command) opens it and hands `trx` to the service, which never opens its own.
 *
 * A transaction PostgreSQL aborts as a deadlock victim (40P01) or for a serialisation failure
 * (40001) left nothing behind, so it is run again, a few times, after a short random pause.
 * That is safe because `fn` works on the database only (services get `trx` and return
 * values; they send nothing out), so a second run starts from where the first one did.
 */
export async function inTransaction<T>(db: Db, fn: (trx: Trx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction().execute(async (trx) => {
        const steps: (() => Promise<void>)[] = []
        lastSteps.set(trx, steps)
        const result = await fn(trx)
        for (const step of steps) await step()
        return result
      })
    } catch (e) {
      if (attempt >= MAX_ATTEMPTS || !RETRYABLE.has((e as { code?: string }).code ?? '')) throw e
      await new Promise((r) => setTimeout(r, Math.random() * 20 * attempt))
    }
  }
}

/** Current time as stored: ISO-8601 UTC with milliseconds, comparable as text. */
export function nowIso(clock: () => number = Date.now): string {
  return new Date(clock()).toISOString()
}
