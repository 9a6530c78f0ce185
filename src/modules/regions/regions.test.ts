import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'

describe.each(dialects)('regions on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('starts with the deployment area as the only top region', async () => {
    const admin = await t.as('admin', t.top)
    const res = await admin.get('/api/v1/regions/scope')
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ id: t.top.id, parent_id: null, type: 'district', childCount: 2 })
  })

  it('creates, renames and lists children in name order', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const created = await officer.post('/api/v1/regions', {
      parentId: tree.streetA.id,
      name: '新港社区',
      type: 'community',
    })
    expect(created.statusCode).toBe(201)
    const id = created.json().id
    expect((await officer.patch(`/api/v1/regions/${id}`, { name: '新港社区（东）' })).json().name).toBe(
      '新港社区（东）',
    )
    const children = (await officer.get(`/api/v1/regions/${tree.streetA.id}/children`)).json()
    expect(children.map((c: { name: string }) => c.name)).toEqual(['新港社区（东）', '马限社区'].sort())
  })

  it('refuses a child that is not below its parent in the hierarchy, and a duplicate name', async () => {
    const admin = await t.as('admin', t.top)
    const bad = await admin.post('/api/v1/regions', {
      parentId: tree.compoundA.id,
      name: '错街道',
      type: 'street',
    })
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('REGION_TYPE_NOT_ALLOWED')
    const dup = await admin.post('/api/v1/regions', {
      parentId: tree.streetA.id,
      name: '马限社区',
      type: 'community',
    })
    expect(dup.json().error.code).toBe('REGION_NAME_TAKEN')
  })

  it('moves a subtree and keeps "everything under" right', async () => {
    const admin = await t.as('admin', t.top)
    const c = (
      await admin.post('/api/v1/regions', { parentId: tree.streetB.id, name: '待迁社区', type: 'community' })
    ).json()
    const b = (
      await admin.post('/api/v1/regions', { parentId: c.id, name: '1号楼', type: 'building' })
    ).json()
    // signed in before the move: their scope moves with the community at once
    const worker = await t.as('community_worker', c)
    expect((await worker.get(`/api/v1/regions/${b.id}`)).statusCode).toBe(200)
    const moved = await admin.patch(`/api/v1/regions/${c.id}`, { parentId: tree.streetA.id })
    expect(moved.statusCode).toBe(200)
    expect((await worker.get(`/api/v1/regions/${b.id}`)).statusCode).toBe(200)
    const officerA = await t.as('street_officer', tree.streetA)
    expect((await officerA.get(`/api/v1/regions/${b.id}`)).statusCode).toBe(200)
    const officerB = await t.as('street_officer', tree.streetB)
    expect((await officerB.get(`/api/v1/regions/${b.id}`)).statusCode).toBe(404)
    const into = await admin.patch(`/api/v1/regions/${c.id}`, { parentId: b.id })
    expect(into.json().error.code).toBe('REGION_MOVE_INTO_ITSELF')
  })

  it('deletes only an empty region', async () => {
    const admin = await t.as('admin', t.top)
    expect((await admin.delete(`/api/v1/regions/${tree.communityB.id}`)).json().error.code).toBe(
      'REGION_NOT_EMPTY',
    )
    const leaf = (
      await admin.post('/api/v1/regions', { parentId: tree.communityB.id, name: '空小区', type: 'compound' })
    ).json()
    expect((await admin.delete(`/api/v1/regions/${leaf.id}`)).statusCode).toBe(204)
    expect((await admin.get(`/api/v1/regions/${leaf.id}`)).statusCode).toBe(404)
  })

  it('keeps a region that staff are scoped to', async () => {
    const admin = await t.as('admin', t.top)
    const leaf = (
      await admin.post('/api/v1/regions', {
        parentId: tree.communityB.id,
        name: '有人小区',
        type: 'compound',
      })
    ).json()
    await t.as('community_worker', leaf.id)
    expect((await admin.delete(`/api/v1/regions/${leaf.id}`)).json().error.code).toBe('REGION_NOT_EMPTY')
  })

  it('searches by name within the scope only', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const found = (await worker.get('/api/v1/regions?q=' + encodeURIComponent('小区'))).json()
    expect(found.map((r: { name: string }) => r.name)).toEqual(['马限小区'])
  })
})
