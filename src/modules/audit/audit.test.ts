import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { recordAuditNow } from '../../core/audit.js'
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

    const admin = await t.as('admin', t.top)
    const all = (await admin.get('/api/v1/audit?action=test.walls')).json()
    expect(all.items.map((e: { actorName: string }) => e.actorName)).toEqual([
      'system',
      inB.username,
      inA.username,
    ])
  })
})
