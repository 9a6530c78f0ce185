// 断电测试 power-loss rounds: the data directory lives on LazyFS. Each round sends passages,
// kills the server (and PostgreSQL) with SIGKILL, drops every write that was not fsynced,
// restarts, and checks that every acknowledged passage is there exactly once, that the
// database is intact and that the audit chain still verifies.
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import SQLite from 'better-sqlite3'
import { sql } from 'kysely'
import { openDb, type DialectName } from '../../src/db/db.js'
import { verifyAuditChain, type ChainReport } from '../../src/core/audit.js'
import { initPii, loadDataKey } from '../../src/crypto/pii.js'
import { startServer, stopServer, type Started } from '../../bench/spawn-server.js'
import { checkPassages, ingest, type RoundResult } from '../crash/crash.js'
import { mountLazyFs, type LazyFsMount } from './lazyfs.js'
import { amcheck, createCluster, type Cluster } from './postgres.js'

export interface PowerLossResult extends RoundResult {
  /** '' when the database is intact, otherwise what the check said */
  integrity: string
  audit: ChainReport
}

/** Undone on SIGINT/SIGTERM too, so that an interrupted run leaves no mount or server behind. */
const cleanups = new Set<() => Promise<void>>()
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    console.error(`${signal}: unmounting and stopping servers`)
    void Promise.allSettled([...cleanups].map((c) => c())).then(() => process.exit(130))
  })

function sqliteIntegrity(file: string): string {
  const db = new SQLite(file)
  try {
    const report = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ')
    return report === 'ok' ? '' : report
  } finally {
    db.close()
  }
}

const tail = (file: string) => {
  try {
    return readFileSync(file, 'utf8').trim().split('\n').slice(-15).join('\n')
  } catch {
    return '(none)'
  }
}

export interface Tools {
  /** the LazyFS binary */
  lazyfs: string
  /** PostgreSQL's bin directory (for dialect postgres) */
  pgBin?: string
}

/**
 * `rounds` power cuts on one database on a fresh LazyFS mount; the server restarted after
 * one cut is the one the next round loads and cuts.
 */
export async function powerLossRounds(
  dialect: DialectName,
  rounds: number,
  tools: Tools,
  onRound?: (round: number, r: PowerLossResult) => void,
): Promise<PowerLossResult[]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-powerloss-'))
  chmodSync(dir, 0o755) // PostgreSQL, running as its own user, must reach its data directory
  let fs: LazyFsMount | undefined
  let cluster: Cluster | undefined
  let server: Started | undefined
  const cleanup = async () => {
    if (server) await stopServer(server, 'SIGKILL')
    await cluster?.stop()
    await fs?.unmount()
    rmSync(dir, { recursive: true, force: true })
  }
  cleanups.add(cleanup)
  try {
    fs = await mountLazyFs(tools.lazyfs, dir)
    // keys, setup.json and (SQLite) the database file: all of the app's files are on the mount
    const dataDir = path.join(fs.mount, 'data')
    const sqliteFile = path.join(dataDir, 'lianfang.db')
    const env: Record<string, string> = { LIANFANG_DATA_DIR: dataDir }
    if (dialect === 'postgres') {
      if (!tools.pgBin) throw new Error('no PostgreSQL binaries')
      cluster = await createCluster(
        tools.pgBin,
        path.join(fs.mount, 'pgdata'),
        path.join(dir, 'postgres.log'),
      )
      env.DATABASE_URL = cluster.url
    }
    server = await startServer('real', env)
    const results: PowerLossResult[] = []
    for (let round = 1; round <= rounds; round++) {
      const acked: string[] = []
      // longer than the crash test's: commits through FUSE are slower, and each round should
      // leave a good number of acknowledged passages behind to check
      const { gone } = await ingest(server, acked, { after: 500, spread: 3000 })
      // The power goes: every process at once, then every write not yet fsynced.
      await Promise.all([cluster?.kill(), stopServer(server, 'SIGKILL')])
      await gone
      // No remount: LazyFS sets no kernel caching (attr and entry timeouts 0, no keep_cache),
      // so what the next process reads is what survived the cut.
      await fs.cutPower()
      let integrity = dialect === 'sqlite' ? sqliteIntegrity(sqliteFile) : ''
      await cluster?.start() // replays its WAL
      server = await startServer('real', env)
      const db = cluster ? openDb({ databaseUrl: cluster.url }) : openDb({ sqliteFile })
      try {
        const passages = await checkPassages(db, server, acked)
        if (cluster) {
          // every row of the tables this test writes reads back, and pg_amcheck finds nothing
          for (const table of ['passage', 'passage_hourly', 'audit_event'])
            await sql`select count(*) from ${sql.table(table)}`.execute(db)
          integrity = amcheck(cluster)
        }
        // the chain is keyed by the deployment's data key, which the server keeps in the data dir
        initPii(loadDataKey(undefined, dataDir))
        const audit = await verifyAuditChain(db)
        const result = { acknowledged: acked.length, ...passages, integrity, audit }
        results.push(result)
        onRound?.(round, result)
      } finally {
        await db.destroy()
      }
    }
    return results
  } catch (e) {
    if (cluster && e instanceof Error)
      e.message += `\nPostgreSQL log:\n${tail(path.join(dir, 'postgres.log'))}`
    throw e
  } finally {
    await cleanup()
    cleanups.delete(cleanup)
  }
}
