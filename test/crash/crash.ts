// 断电/崩溃测试: passages sent by several clients, the server killed with SIGKILL at a random
// moment, restarted; every passage that was acknowledged must be there exactly once.
import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'
import { sql } from 'kysely'
import { openDb, type Db, type DialectName } from '../../src/db/db.js'
import { startServer, stopServer, type Started } from '../../bench/spawn-server.js'

const SINGLE_CLIENTS = 6
const BATCH_CLIENTS = 2
const BATCH_SIZE = 20

export interface RoundResult {
  acknowledged: number
  lost: number
  duplicated: number
  /** passages whose hourly counters disagree with the rows (should be 0) */
  miscounted: number
}

const passage = (checkpointId: string) => ({
  id: randomUUID(),
  checkpointId,
  direction: Math.random() < 0.5 ? 'in' : 'out',
  deviceAt: new Date().toISOString(),
  pass: { id: randomUUID().slice(0, 12), colour: 'green' },
  temperature: 36.6,
  verdict: 'allow',
})

/** Sends until the server goes away; returns the ids the server acknowledged. */
async function client(s: Started, batch: boolean, acked: string[]) {
  const url = `http://127.0.0.1:${s.port}/api/v1/passages${batch ? '/batch' : ''}`
  const headers = {
    'content-type': 'application/json',
    cookie: s.cookie!,
    origin: `http://127.0.0.1:${s.port}`,
  }
  for (;;) {
    const items = Array.from({ length: batch ? BATCH_SIZE : 1 }, () => passage(s.checkpointId!))
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(batch ? { passages: items } : items[0]),
      })
      const body = (await res.json()) as {
        passage?: { id: string }
        results?: { id: string; status: string }[]
      }
      if (batch) for (const r of body.results ?? []) if (r.status !== 'rejected') acked.push(r.id)
      if (!batch && (res.status === 200 || res.status === 201)) acked.push(body.passage!.id)
    } catch {
      return // connection refused or reset: the server is gone
    }
  }
}

/**
 * Starts the clients on a running server and resolves once passages are flowing, at a
 * random moment to kill it; `gone` settles when every client has seen the server go away.
 */
export async function ingest(
  s: Started,
  acked: string[],
  /** the kill comes `after` ms plus up to `spread` ms once the first passage is acknowledged */
  window = { after: 200, spread: 1500 },
): Promise<{ gone: Promise<unknown> }> {
  const gone = Promise.all([
    ...Array.from({ length: SINGLE_CLIENTS }, () => client(s, false, acked)),
    ...Array.from({ length: BATCH_CLIENTS }, () => client(s, true, acked)),
  ])
  // Kill at a random moment once passages are flowing (a slow start would test nothing).
  const started = Date.now()
  while (acked.length === 0 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 20))
  await new Promise((r) => setTimeout(r, window.after + Math.random() * window.spread))
  return { gone }
}

interface Target {
  env: Record<string, string>
  dialect: DialectName
  location: string
  cleanup: () => Promise<void>
}

async function makeTarget(dialect: DialectName, pgAdmin: string): Promise<Target> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-crash-'))
  if (dialect === 'sqlite')
    return {
      env: { LIANFANG_DATA_DIR: dir },
      dialect,
      location: path.join(dir, 'lianfang.db'),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    }
  const name = `lf_crash_${process.pid}_${Date.now().toString(36)}`
  const admin = new pg.Client({ connectionString: pgAdmin })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const url = new URL(pgAdmin)
  url.pathname = `/${name}`
  return {
    env: { LIANFANG_DATA_DIR: dir, DATABASE_URL: url.toString() },
    dialect,
    location: url.toString(),
    cleanup: async () => {
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.end()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Runs `rounds` kill-and-restart rounds on one database; the server restarted after one
 * round is the one the next round loads and kills (server starts are the slow part).
 */
export async function crashRounds(
  dialect: DialectName,
  rounds: number,
  pgAdmin = 'postgres://root@127.0.0.1:5432/test',
  onRound?: (round: number, r: RoundResult) => void,
): Promise<RoundResult[]> {
  const target = await makeTarget(dialect, pgAdmin)
  const results: RoundResult[] = []
  let server = await startServer('real', target.env)
  try {
    for (let round = 1; round <= rounds; round++) {
      const acked: string[] = []
      const { gone } = await ingest(server, acked)
      server.child.kill('SIGKILL')
      await gone
      server = await startServer('real', target.env)
      const result = { acknowledged: acked.length, ...(await check(target, server, acked)) }
      results.push(result)
      onRound?.(round, result)
    }
    return results
  } finally {
    await stopServer(server)
    await target.cleanup()
  }
}

async function check(target: Target, s: Started, acked: string[]) {
  const db =
    target.dialect === 'sqlite'
      ? openDb({ sqliteFile: target.location })
      : openDb({ databaseUrl: target.location })
  try {
    return await checkPassages(db, s, acked)
  } finally {
    await db.destroy()
  }
}

/**
 * Every acknowledged id stored exactly once, recognised as a duplicate when sent again to
 * the restarted server `s`, and counted once in the hourly counters.
 */
export async function checkPassages(db: Db, s: Started, acked: string[]) {
  const found = new Map<string, number>()
  for (let i = 0; i < acked.length; i += 500) {
    const rows = await db
      .selectFrom('passage')
      .select(['id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('id', 'in', acked.slice(i, i + 500))
      .groupBy('id')
      .execute()
    for (const r of rows) found.set(r.id, Number(r.n))
  }
  const lost = new Set(acked.filter((id) => !found.has(id)))
  const duplicated = [...found.values()].filter((n) => n > 1).length + (acked.length - new Set(acked).size)
  // A re-send after the restart must be recognised as already stored, every one of them.
  for (let i = 0; i < acked.length; i += 500) {
    const res = await fetch(`http://127.0.0.1:${s.port}/api/v1/passages/batch`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: s.cookie!,
        origin: `http://127.0.0.1:${s.port}`,
      },
      body: JSON.stringify({
        passages: acked.slice(i, i + 500).map((id) => ({ ...passage(s.checkpointId!), id })),
      }),
    })
    const body = (await res.json()) as { results: { id: string; status: string }[] }
    for (const r of body.results) if (r.status !== 'duplicate') lost.add(r.id)
  }
  const { rows } = await sql<{ rows: number; counted: number }>`
    select (select count(*) from passage) as rows, (select coalesce(sum(total), 0) from passage_hourly) as counted`.execute(
    db,
  )
  return {
    lost: lost.size,
    duplicated,
    miscounted: Math.abs(Number(rows[0].rows) - Number(rows[0].counted)),
  }
}
