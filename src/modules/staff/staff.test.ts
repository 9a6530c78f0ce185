import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeMobile, makePerson } from '../people/people.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'

describe.each(dialects)('staff and grid teams on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
  })
  afterAll(() => t.close())

  const add = (client: Client, body: object) =>
    client.post('/api/v1/staff', { regionId: tree.communityA.id, joinedOn: '2020-01-25', ...body })

  it('registers staff by kind; a dispatched cadre names the unit; phones are masked', async () => {
    const phone = makeMobile()
    const cadre = await add(worker, { kind: 'dispatched_cadre', name: '林干部', unit: '区税务局', phone })
    expect(cadre.statusCode).toBe(201)
    expect((await add(worker, { kind: 'dispatched_cadre', name: '无单位' })).json().error.code).toBe(
      'UNIT_REQUIRED',
    )
    const detail = (await worker.get(`/api/v1/staff/${cadre.json().id}`)).json()
    expect(detail).toMatchObject({
      kind: 'dispatched_cadre',
      unit: '区税务局',
      phone: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
    })
    const changed = await worker.patch(`/api/v1/staff/${cadre.json().id}`, {
      kind: 'party_member',
      unit: null,
    })
    expect(changed.json()).toMatchObject({ kind: 'party_member', unit: null })
  })

  it('links a staff member to a login only inside the scope', async () => {
    const own = await t.as('grid_member', tree.compoundA)
    const theirs = await t.as('grid_member', tree.compoundB)
    const linked = await add(worker, { kind: 'volunteer', name: '网格员甲', userId: own.userId })
    expect(linked.statusCode).toBe(201)
    expect((await worker.get(`/api/v1/staff/${linked.json().id}`)).json().username).toBe(own.username)
    expect((await add(worker, { kind: 'volunteer', name: '越界', userId: theirs.userId })).statusCode).toBe(
      404,
    )
  })

  it('forms a grid team that owns compounds and single households, and shows its coverage', async () => {
    const building = await createRegionDirect(t.db, tree.compoundA.id, 'building', '1号楼')
    const otherCompound = await createRegionDirect(t.db, tree.communityA.id, 'compound', '马限二区')
    await makePerson(t.db, building.id, { address: '101' })
    await makePerson(t.db, building.id, { address: '101' })
    await makePerson(t.db, building.id, { address: '102' })
    const single = await makePerson(t.db, otherCompound.id, { address: '9-9' })
    await makePerson(t.db, otherCompound.id, { address: '9-10' })
    const a = (await add(worker, { kind: 'volunteer', name: '组员甲' })).json().id
    const b = (await add(worker, { kind: 'social_worker', name: '组员乙' })).json().id
    const team = await worker.post('/api/v1/teams', {
      regionId: tree.communityA.id,
      name: '第一网格组',
      memberIds: [a, b],
      areaIds: [tree.compoundA.id],
      householdIds: [single.householdId],
    })
    expect(team.statusCode).toBe(201)
    const detail = (await worker.get(`/api/v1/teams/${team.json().id}`)).json()
    expect(detail.members.map((m: { name: string }) => m.name)).toEqual(['组员乙', '组员甲'].sort())
    expect(detail.coverage).toEqual({ households: 3, people: 4 })
    const list = (await worker.get('/api/v1/teams')).json()
    expect(list.find((x: { id: string }) => x.id === team.json().id)).toMatchObject({ members: 2 })
    const shrunk = await worker.patch(`/api/v1/teams/${team.json().id}`, { householdIds: [], memberIds: [a] })
    expect(shrunk.json()).toMatchObject({ coverage: { households: 2, people: 3 }, members: [{ id: a }] })
  })

  it('refuses members and areas from outside the scope or the team’s region', async () => {
    const admin = await t.as('admin', t.top)
    const outsider = (
      await admin.post('/api/v1/staff', {
        regionId: tree.communityB.id,
        kind: 'medic',
        name: '外区医生',
        joinedOn: '2020-02-01',
      })
    ).json().id
    const res = await worker.post('/api/v1/teams', {
      regionId: tree.communityA.id,
      name: '越界组',
      memberIds: [outsider],
      areaIds: [],
    })
    expect(res.statusCode).toBe(404)
    const wide = await admin.post('/api/v1/teams', {
      regionId: tree.compoundA.id,
      name: '小组',
      memberIds: [],
      areaIds: [tree.compoundB.id],
    })
    expect(wide.json().error.code).toBe('TEAM_AREA_OUTSIDE')
  })
})
