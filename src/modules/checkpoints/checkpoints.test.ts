import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'

describe.each(dialects)('checkpoints on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('creates, closes and lists checkpoints inside the scope only', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const res = await worker.post('/api/v1/checkpoints', {
      regionId: tree.compoundA.id,
      type: 'compound',
      name: '马限小区北门',
      location: '北侧',
    })
    expect(res.statusCode).toBe(201)
    const gate = res.json()
    expect(gate).toMatchObject({ name: '马限小区北门', open: true, regionName: '马限小区', type: 'compound' })
    const dup = await worker.post('/api/v1/checkpoints', {
      regionId: tree.compoundA.id,
      type: 'compound',
      name: '马限小区北门',
    })
    expect(dup.json().error.code).toBe('CHECKPOINT_NAME_TAKEN')
    expect((await worker.patch(`/api/v1/checkpoints/${gate.id}`, { open: false })).json().open).toBe(false)
    const closed = (await worker.get('/api/v1/checkpoints?open=false')).json()
    expect(closed.map((c: { id: string }) => c.id)).toContain(gate.id)
    const outsider = await t.as('community_worker', tree.communityB)
    expect((await outsider.get(`/api/v1/checkpoints/${gate.id}`)).json().error.code).toBe(
      'UNKNOWN_CHECKPOINT',
    )
    expect((await outsider.get('/api/v1/checkpoints')).json()).toEqual([])
    const bad = await worker.post('/api/v1/checkpoints', {
      regionId: tree.compoundA.id,
      type: 'airport',
      name: 'x',
    })
    expect(bad.json().error.code).toBe('VALIDATION_FAILED')
  })

  it('shows which compounds of a community are down to one entrance', async () => {
    const admin = await t.as('admin', t.top)
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '凯隆社区')
    const [one, two, none] = await Promise.all(
      ['一区', '二区', '三区'].map((n) => createRegionDirect(t.db, community.id, 'compound', n)),
    )
    await admin.post('/api/v1/checkpoints', { regionId: one.id, type: 'compound', name: '大门' })
    await admin.post('/api/v1/checkpoints', { regionId: two.id, type: 'compound', name: '东门' })
    await admin.post('/api/v1/checkpoints', { regionId: two.id, type: 'compound', name: '西门' })
    const closed = (
      await admin.post('/api/v1/checkpoints', { regionId: none.id, type: 'compound', name: '旧门' })
    ).json()
    await admin.patch(`/api/v1/checkpoints/${closed.id}`, { open: false })
    const coverage = (await admin.get(`/api/v1/regions/${community.id}/entrances`)).json()
    expect(coverage).toMatchObject({ singleEntrance: 1, moreThanOne: 1, withoutEntrance: 1 })
    expect(coverage.items.find((i: { name: string }) => i.name === '二区').openEntrances).toBe(2)
  })
})
