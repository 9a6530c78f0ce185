// Hostile text through logged paths: the chain must still verify afterwards, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { recordAuditNow, verifyAuditChain } from '../../core/audit.js'
import { createUserDirect } from '../auth/auth.fixtures.js'

const HOSTILE = [
  '\ud800',
  '\udfff',
  'a\ud800b',
  'z\udc00',
  '\ud83d',
  '\u0000',
  'x\u0000y',
  '\u0001\u0002\u001f',
  '\uffff\ufffe',
  '😀👨‍👩‍👧',
  '\u202eRTL\u200f\u200e',
  '\\u0000 "quoted" \n\r\t',
]

describe.each(dialects)('audit text round trip on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('anonymous logins with hostile user names leave the chain intact', async () => {
    for (const [i, username] of HOSTILE.entries()) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: JSON.stringify({ username, password: 'x' }),
        headers: { 'content-type': 'application/json' },
        remoteAddress: `10.0.${i}.1`,
      })
      expect(res.statusCode).not.toBe(200)
    }
    // a raw lone surrogate escape as sent on the wire
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: '{"username":"\\ud800","password":"x"}',
      headers: { 'content-type': 'application/json' },
      remoteAddress: '10.1.0.1',
    })
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })

  it('an authenticated unmasking with hostile reasons leaves the chain intact', async () => {
    const admin = await t.as('admin', t.top)
    const target = await createUserDirect(t.db, { role: 'grid_member', scopeRegionId: t.top.id })
    for (const reason of HOSTILE) {
      const res = await admin.post(`/api/v1/users/${target.id}/reveal-phone`, { reason })
      expect(res.statusCode).toBeLessThan(500)
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })

  it('every field of an entry may carry hostile text, 100 KB included', async () => {
    for (const s of [...HOSTILE, 'y'.repeat(100_000) + '\ud800']) {
      await recordAuditNow(
        t.db,
        { userId: s, username: s },
        { action: s, entity: s, entityId: s, detail: { s, [s]: [s] } },
      )
    }
    const report = await verifyAuditChain(t.db)
    expect(report).toMatchObject({ ok: true })
    const stored = await t.db
      .selectFrom('audit_event')
      .select('actor_name')
      .where('actor_name', 'like', 'a_b') // one character between: not a generated admin-…b
      .executeTakeFirstOrThrow()
    expect(stored.actor_name).toBe('a\ufffdb')
  })
})
