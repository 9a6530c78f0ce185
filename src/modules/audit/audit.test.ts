import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { sql } from 'kysely'
import { recordAuditNow, verifyAuditChain } from '../../core/audit.js'
import { createUserDirect } from '../auth/auth.fixtures.js'

describe.each(dialects)('audit log on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('shows a street the entries of its own accounts only; the top admin sees every entry', async () => {
    const inA = await createUserDirect(t.db, { role: 'community_worker', scopeRegionId: tree.communityA.id })
    const inB = await createUserDirect(t.db, { role: 'community_worker', scopeRegionId: tree.communityB.id })
    await recordAuditNow(t.db, { userId: inA.id, username: inA.username }, { action: 'test.walls' })
    await recordAuditNow(t.db, { userId: inB.id, username: inB.username }, { action: 'test.walls' })
    await recordAuditNow(t.db, { userId: null, username: 'system' }, { action: 'test.walls' })

    const officer = await t.as('street_officer', tree.streetA)
    const seen = (await officer.get('/api/v1/audit?action=test.walls')).json()
    expect(seen.total).toBe(1)
    expect(seen.items.map((e: { actorId: string }) => e.actorId)).toEqual([inA.id])
    // an account of another street is out of scope: 404, not an empty list
    expect((await officer.get(`/api/v1/audit?actorId=${inB.id}`)).statusCode).toBe(404)
    expect((await officer.get(`/api/v1/audit?actorId=${inA.id}&action=test.walls`)).json().total).toBe(1)

    const admin = await t.as('admin', t.top)
    const all = (await admin.get('/api/v1/audit?action=test.walls')).json()
    expect(all.items.map((e: { actorName: string }) => e.actorName)).toEqual([
      'system',
      inB.username,
      inA.username,
    ])
  })

  it('refuses to change or remove an entry, at the database', async () => {
    await recordAuditNow(t.db, { userId: null, username: 'system' }, { action: 'test.fixed' })
    const { seq } = await t.db
      .selectFrom('audit_event')
      .select('seq')
      .where('action', '=', 'test.fixed')
      .executeTakeFirstOrThrow()
    await expect(
      t.db.updateTable('audit_event').set({ action: 'auth.logout' }).where('seq', '=', seq).execute(),
    ).rejects.toThrow(/append-only/)
    await expect(t.db.deleteFrom('audit_event').where('seq', '=', seq).execute()).rejects.toThrow(
      /append-only/,
    )
    await expect(t.db.deleteFrom('audit_event').execute()).rejects.toThrow(/append-only/)
    if (dialect === 'postgres')
      await expect(sql`truncate audit_event`.execute(t.db)).rejects.toThrow(/append-only/)
    const still = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('seq', '=', seq)
      .executeTakeFirst()
    expect(still?.action).toBe('test.fixed')
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })
})
