// The keyed chain and its anchor against someone who can write the database: an unmasking is
// rewritten to a logout and the hashes after it recomputed.
import { createHash, createHmac } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestDb, dialects, testDataKey, type TestDb } from '../../../test/db.js'
import { buildCli } from '../../cli.js'
import { loadConfig } from '../../config.js'
import { recordAuditNow, verifyAuditChain } from '../../core/audit.js'
import { GENESIS } from '../../core/audit.migrations.js'
import { auditChainKey } from '../../crypto/pii.js'
import type { Db } from '../../db/db.js'
import { allowAuditRewrite } from './audit.fixtures.js'

type Hasher = 'sha256' | 'hmac'

/** What an attacker with write access does: edits an entry, then recomputes every link after it. */
async function rewrite(db: Db, seq: number, change: { action: string; detail: string | null }, how: Hasher) {
  await allowAuditRewrite(db, async () => {
    await db.updateTable('audit_event').set(change).where('seq', '=', seq).execute()
    const rows = await db.selectFrom('audit_event').selectAll().orderBy('seq').execute()
    let prev = GENESIS
    for (const r of rows) {
      const canonical = JSON.stringify([
        Number(r.seq),
        r.at,
        r.actor_id,
        r.actor_name,
        r.action,
        r.entity,
        r.entity_id,
        r.detail,
      ])
      const mac = how === 'hmac' ? createHmac('sha256', auditChainKey()) : createHash('sha256')
      const hash = mac.update(prev).update('\n').update(canonical).digest('hex')
      await db.updateTable('audit_event').set({ prev_hash: prev, hash }).where('seq', '=', r.seq).execute()
      prev = hash
    }
    await db.updateTable('audit_head').set({ hash: prev }).where('id', '=', 1).execute()
  })
}

describe.each(dialects)('keyed audit chain on %s', (dialect) => {
  let t: TestDb
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-audit-'))
  beforeAll(async () => {
    t = await createTestDb(dialect)
  })
  afterAll(() => t.destroy())

  async function cli(args: string[]) {
    const env = {
      LIANFANG_DATA_DIR: dir,
      LIANFANG_DATA_KEY: testDataKey,
      LOG_LEVEL: 'silent',
      ...(dialect === 'postgres' ? { DATABASE_URL: t.location } : {}),
    }
    const config = loadConfig(env, dialect === 'sqlite' ? { sqliteFile: t.location } : {})
    const out: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line))
    const err = vi.spyOn(console, 'error').mockImplementation((line: string) => void out.push(line))
    process.exitCode = 0
    try {
      await buildCli(() => config).parseAsync(['node', 'lianfang', ...args])
      return { status: process.exitCode ?? 0, out: out.join('\n') }
    } finally {
      process.exitCode = 0
      log.mockRestore()
      err.mockRestore()
    }
  }

  async function writeEntries(): Promise<number> {
    const who = { userId: 'u-1', username: 'officer.wang' }
    await recordAuditNow(t.db, who, { action: 'auth.login' })
    await recordAuditNow(t.db, who, {
      action: 'person.unmask',
      entity: 'person',
      entityId: 'p-1',
      detail: { reason: '核查' },
    })
    const { seq } = await t.db
      .selectFrom('audit_event')
      .select('seq')
      .where('action', '=', 'person.unmask')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    await recordAuditNow(t.db, who, { action: 'auth.logout' })
    return Number(seq)
  }

  it('an unmasking rewritten to a logout with plain hashes recomputed fails verification', async () => {
    const seq = await writeEntries()
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, legacy: 0 })
    await rewrite(t.db, seq, { action: 'auth.logout', detail: null }, 'sha256')
    const report = await verifyAuditChain(t.db)
    expect(report).toMatchObject({ ok: false, reason: 'entry does not match its hash' })
    const r = await cli(['audit', 'verify'])
    expect(r.status).toBe(3)
    expect(r.out).toContain('BROKEN')
  })

  it('the anchor catches a rewrite even by someone who has the audit key', async () => {
    const fresh = await createTestDb(dialect)
    const prevDb = t
    t = fresh
    try {
      const seq = await writeEntries()
      const file = path.join(dir, `anchor-${dialect}.json`)
      expect((await cli(['audit', 'anchor', '--out', file])).status).toBe(0)
      const anchor = JSON.parse(readFileSync(file, 'utf8'))
      expect(anchor).toMatchObject({
        format: 'lianfang-audit-anchor/1',
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      })

      // intact, and still so after more entries are written
      await recordAuditNow(t.db, { userId: null, username: 'system' }, { action: 'later' })
      const ok = await cli(['audit', 'verify', '--anchor', file])
      expect(ok.out).toContain('anchor matches')
      expect(ok.status).toBe(0)

      // a forged anchor (the hash changed, the signature kept) is refused
      const forged = path.join(dir, `forged-${dialect}.json`)
      writeFileSync(forged, JSON.stringify({ ...anchor, hash: 'f'.repeat(64) }))
      const bad = await cli(['audit', 'verify', '--anchor', forged])
      expect(bad.status).toBe(3)
      expect(bad.out).toContain('anchor signature invalid')

      await rewrite(t.db, seq, { action: 'auth.logout', detail: null }, 'hmac')
      // with the key, the chain alone looks intact …
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
      // … but the anchored entry no longer has the anchored hash
      const caught = await cli(['audit', 'verify', '--anchor', file])
      expect(caught.status).toBe(3)
      expect(caught.out).toContain(`anchored entry ${anchor.seq} no longer has the anchored hash`)
    } finally {
      await fresh.destroy()
      t = prevDb
    }
  })

  it('entries written before the upgrade keep their plain links; new ones are keyed', async () => {
    const fresh = await createTestDb(dialect)
    try {
      await recordAuditNow(fresh.db, { userId: null, username: 'system' }, { action: 'old.one' })
      // the chain as the previous version wrote it: plain SHA-256 throughout, keyed from the next
      await rewrite(fresh.db, 1, { action: 'region.create', detail: null }, 'sha256')
      const { seq } = await fresh.db.selectFrom('audit_head').select('seq').executeTakeFirstOrThrow()
      await allowAuditRewrite(fresh.db, () =>
        fresh.db
          .updateTable('audit_head')
          .set({ keyed_from: Number(seq) + 1 })
          .execute()
          .then(() => undefined),
      )
      await recordAuditNow(fresh.db, { userId: null, username: 'system' }, { action: 'new.one' })
      expect(await verifyAuditChain(fresh.db)).toMatchObject({ ok: true, legacy: Number(seq) })
    } finally {
      await fresh.destroy()
    }
  })
})
