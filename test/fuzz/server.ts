// The server the fuzzer attacks, in its own process: a fresh deployment (SQLite in a temporary
// directory, or a new PostgreSQL database), a small region tree with one record of every kind,
// an admin and a community worker signed in. Prints `READY {…}`; every 5xx it logs goes to
// stdout as `FAIL5XX {…}` (message and route, no request data); on SIGTERM it verifies the
// audit chain, prints `AUDIT {…}`, closes and drops its database.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import pg from 'pg'
import { loadConfig } from '../../src/config.js'
import { verifyAuditChain } from '../../src/core/audit.js'
import { buildApp } from '../../src/http/app.js'
import { openDeployment } from '../../src/runtime.js'
import { createUserDirect } from '../../src/modules/auth/auth.fixtures.js'
import { createRegionDirect } from '../../src/modules/regions/regions.fixtures.js'
import { findTopRegion } from '../../src/modules/regions/index.js'
import { adminUrl, databaseUrl } from '../pg-url.js'
import { allSamples, recordOf } from '../samples.js'

const dialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lianfang-fuzz-'))
const dbName = `lf_fuzz_${process.pid}_${Date.now().toString(36)}`

async function adminQuery(sql: string) {
  const c = new pg.Client({ connectionString: adminUrl() })
  await c.connect()
  try {
    await c.query(sql)
  } finally {
    await c.end()
  }
}

if (dialect === 'postgres') await adminQuery(`create database ${dbName}`)
const config = loadConfig({
  LIANFANG_DATA_DIR: dataDir,
  LOG_LEVEL: 'error',
  ...(dialect === 'postgres' && { DATABASE_URL: databaseUrl(dbName) }),
})
const db = await openDeployment(config)

// 5xx are logged by the error handler at level error: pass on their message and route only
const logStream = new Writable({
  write(chunk: Buffer, _enc, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) {
      try {
        const entry = JSON.parse(line) as {
          msg?: string
          err?: { message?: string; code?: string }
          req?: unknown
        }
        if (entry.msg === 'request failed')
          console.log(
            `FAIL5XX ${JSON.stringify({ message: entry.err?.message, code: entry.err?.code, req: entry.req })}`,
          )
      } catch {
        /* not JSON */
      }
    }
    done()
  },
})

const top = (await findTopRegion(db))!
const street = await createRegionDirect(db, top.id, 'street', '罗星街道')
const community = await createRegionDirect(db, street.id, 'community', '马限社区')
const compound = await createRegionDirect(db, community.id, 'compound', '马限小区')
const ids: string[] = [top.id, street.id, community.id, compound.id]
for (const make of Object.values(allSamples))
  ids.push(recordOf(await make(db, compound.id, { dataDir: config.dataDir })).id)
const admin = await createUserDirect(db, { role: 'admin', scopeRegionId: top.id })
const worker = await createUserDirect(db, { role: 'community_worker', scopeRegionId: community.id })
// (their own ids stay out of the pool: a password reset on them would end the run's sessions)

const app = await buildApp(config, { db, logStream })
const address = await app.listen({ port: 0, host: '127.0.0.1' })
const signIn = async (u: { username: string; password: string }) => {
  const payload = { username: u.username, password: u.password }
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload })
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${res.statusCode}`)
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
}
const cookies = { admin: await signIn(admin), worker: await signIn(worker) }

process.once('SIGTERM', () => {
  void (async () => {
    await app.close()
    const report = await verifyAuditChain(db)
    console.log(`AUDIT ${JSON.stringify(report)}`)
    await db.destroy()
    if (dialect === 'postgres') await adminQuery(`drop database if exists ${dbName} with (force)`)
    rmSync(dataDir, { recursive: true, force: true })
    process.exit(0)
  })()
})
const credentials = {
  admin: { username: admin.username, password: admin.password },
  worker: { username: worker.username, password: worker.password },
}
console.log(`READY ${JSON.stringify({ port: Number(new URL(address).port), cookies, credentials, ids })}`)
