// The command line and the server as a person runs them: compiled, in a fresh data directory.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openDb } from '../../src/db/db.js'
import { ensureServerBuilt, runCli, startServer, tempDataDir } from '../cli.js'
import { createTestDb, dialects, testDataKey } from '../db.js'
import { allowAuditRewrite } from '../../src/modules/audit/audit.fixtures.js'

beforeAll(() => ensureServerBuilt(), 120_000)

// Each step spawns the CLI (a fresh Node with tsx): seconds each on a busy machine.
describe('lianfang serve on the embedded SQLite default', { timeout: 120_000 }, () => {
  it('serves /healthz with 200 and prints the admin’s one-time password once', async () => {
    const dir = tempDataDir()
    const token = 'a-scraper-token-of-at-least-32-characters'
    const server = startServer({ LIANFANG_DATA_DIR: dir, LIANFANG_METRICS_TOKEN: token })
    try {
      const { url, password } = await server.ready
      expect(password).toMatch(/^[A-Za-z0-9]{16}$/)
      const health = await fetch(`${url}/healthz`)
      expect(health.status).toBe(200)
      expect(await health.json()).toEqual({ status: 'ok' })
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      })
      expect(login.status).toBe(200)
      expect((await fetch(`${url}/metrics`)).status).toBe(401)
      const bearer = { headers: { authorization: `Bearer ${token}` } }
      const metrics = await (await fetch(`${url}/metrics`, bearer)).text()
      expect(metrics).toContain('lianfang_http_requests_total{method="GET",route="/healthz",status="200"} 1')
      const docs = await fetch(`${url}/api/docs/json`, bearer)
      expect((await docs.json()).paths['/api/v1/regions']).toBeDefined()
      expect(health.headers.get('x-content-type-options')).toBe('nosniff')
      // the admin page may load scripts from this server only
      expect(health.headers.get('content-security-policy')).toContain("script-src 'self'")
    } finally {
      await server.stop()
    }
    expect(existsSync(path.join(dir, 'lianfang.db'))).toBe(true)
    const again = startServer({ LIANFANG_DATA_DIR: dir })
    try {
      expect((await again.ready).password).toBeUndefined()
    } finally {
      await again.stop()
    }
  })

  it('stops on a wrong setting with one line naming the variable', () => {
    const r = runCli(['migrate'], { PORT: 'eighty', LIANFANG_DATA_DIR: tempDataDir() })
    expect(r.status).toBe(2)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toContain('PORT')
  })

  it('adds, lists and resets accounts, and backs up the database', () => {
    const env = { LIANFANG_DATA_DIR: tempDataDir() }
    const add = runCli(['user', 'add', 'medic.lin', '--role', 'medic', '--name', '林医生'], env)
    expect(add.status).toBe(0)
    expect(add.stdout).toMatch(/one-time password: [A-Za-z0-9]{16}/)
    expect(runCli(['user', 'list'], env).stdout).toContain('medic.lin\tmedic')
    expect(runCli(['user', 'reset-password', 'medic.lin'], env).stdout).toMatch(/one-time password/)
    expect(runCli(['user', 'add', 'x', '--role', 'king'], env).status).not.toBe(0)
    const file = path.join(env.LIANFANG_DATA_DIR, 'backup.db')
    expect(runCli(['backup', file], env).status).toBe(0)
    const copy = openDb({ sqliteFile: file })
    return copy
      .selectFrom('staff_user')
      .select('username')
      .execute()
      .then(async (rows) => {
        expect(rows.map((r) => r.username)).toContain('medic.lin')
        await copy.destroy()
      })
  })
})

describe.each(dialects)('lianfang audit verify on %s', { timeout: 120_000 }, (dialect) => {
  it('passes on an intact chain and names the first entry edited by hand', async () => {
    const t = await createTestDb(dialect)
    const env: Record<string, string> =
      dialect === 'postgres'
        ? { DATABASE_URL: t.location, LIANFANG_DATA_DIR: tempDataDir(), LIANFANG_DATA_KEY: testDataKey }
        : {
            LIANFANG_DATA_DIR: tempDataDir(),
            LIANFANG_SQLITE_FILE: t.location,
            LIANFANG_DATA_KEY: testDataKey,
          }
    try {
      for (const name of ['a.one', 'b.two', 'c.three'])
        expect(runCli(['user', 'add', name, '--role', 'grid_member'], env).status).toBe(0)
      const ok = runCli(['audit', 'verify'], env)
      expect(ok.status).toBe(0)
      expect(ok.stdout).toMatch(/audit chain intact: \d+ entries/)
      const victim = await t.db
        .selectFrom('audit_event')
        .select(['seq'])
        .orderBy('seq')
        .offset(2)
        .limit(1)
        .executeTakeFirstOrThrow()
      await allowAuditRewrite(t.db, () =>
        t.db
          .updateTable('audit_event')
          .set({ actor_name: 'someone-else' })
          .where('seq', '=', victim.seq)
          .execute()
          .then(() => undefined),
      )
      const broken = runCli(['audit', 'verify'], env)
      expect(broken.status).toBe(3)
      expect(broken.stderr).toContain(`BROKEN at entry ${Number(victim.seq)}`)
    } finally {
      await t.destroy()
    }
  })
})
