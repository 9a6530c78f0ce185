import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { addDays, localDate } from '../../shared/days.js'
import { makeMobile, makePerson, makeResidentId } from '../people/people.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { makeRiskArea } from '../risk-areas/risk-areas.fixtures.js'

describe.each(dialects)('building sweeps on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let b1: { id: string }
  let b2: { id: string }
  let residents: { id: string; address: string | null }[]
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    b1 = await createRegionDirect(t.db, tree.compoundA.id, 'building', '1号楼')
    b2 = await createRegionDirect(t.db, tree.compoundA.id, 'building', '2号楼')
    residents = [
      await makePerson(t.db, b1.id, { address: '101室' }),
      await makePerson(t.db, b1.id, { address: '102室' }),
      await makePerson(t.db, b1.id, { address: '103室' }),
      await makePerson(t.db, b1.id, { address: '103室' }), // two people, one household
      await makePerson(t.db, b2.id, { address: '201室' }),
      await makePerson(t.db, b2.id, { address: '202室' }),
      await makePerson(t.db, tree.compoundA.id, { address: '门卫室' }),
    ]
    await makePerson(t.db, tree.compoundB.id, { address: '别处101' })
  })
  afterAll(() => t.close())

  async function newSweep() {
    const worker = await t.as('community_worker', tree.communityA)
    const res = await worker.post('/api/v1/campaigns', {
      kind: 'sweep',
      name: '马限小区扫楼',
      regionId: tree.compoundA.id,
    })
    expect(res.statusCode).toBe(201)
    return { worker, campaign: res.json() }
  }

  const itemsOf = async (client: Awaited<ReturnType<TestApp['as']>>, id: string, query = '') =>
    (await client.get(`/api/v1/campaigns/${id}/households?pageSize=200${query}`)).json()

  it('creates a checklist of every household in the region and nothing outside it', async () => {
    const { worker, campaign } = await newSweep()
    expect(campaign).toMatchObject({ kind: 'sweep', status: 'open', regionName: '马限小区', households: 6 })
    const list = await itemsOf(worker, campaign.id)
    expect(list.total).toBe(6)
    expect(list.items.map((i: { address: string }) => i.address).sort()).toEqual(
      ['101室', '102室', '103室', '201室', '202室', '门卫室'].sort(),
    )
    expect(list.items.every((i: { state: string }) => i.state === 'pending')).toBe(true)
    const onlyB2 = await itemsOf(worker, campaign.id, `&regionId=${b2.id}`)
    expect(onlyB2.items.map((i: { address: string }) => i.address).sort()).toEqual(['201室', '202室'])
  })

  it('shows coverage per building and per assignee after some visits, and the revisit list', async () => {
    const { worker, campaign } = await newSweep()
    const grid = await t.as('grid_member', tree.compoundA)
    expect(
      (
        await worker.post(`/api/v1/campaigns/${campaign.id}/assign`, {
          regionId: b1.id,
          assigneeId: grid.userId,
        })
      ).json(),
    ).toEqual({
      assigned: 3,
    })
    const mine = await itemsOf(grid, campaign.id, '&mine=true')
    expect(mine.total).toBe(3)
    const byAddress = Object.fromEntries(
      mine.items.map((i: { address: string; id: string }) => [i.address, i.id]),
    )
    // 101: the registered resident seen, and a lodger not yet in the registry
    const lodgerDoc = makeResidentId('19950505')
    const v1 = await grid.post(`/api/v1/sweep-items/${byAddress['101室']}/visits`, {
      outcome: 'visited',
      seen: [{ personId: residents[0].id }],
      newPeople: [
        {
          name: '陈租客',
          docType: 'id_card',
          docNumber: lodgerDoc,
          phone: makeMobile(),
          residenceType: 'temporary',
        },
      ],
    })
    expect(v1.statusCode).toBe(200)
    expect(v1.json()).toMatchObject({ seen: 2, item: { state: 'visited', visits: 1 } })
    const lodger = (await worker.post('/api/v1/people/search', { document: lodgerDoc })).json().items[0]
    expect(lodger).toMatchObject({ name: '陈租客', address: '101室', regionId: b1.id })
    await grid.post(`/api/v1/sweep-items/${byAddress['102室']}/visits`, { outcome: 'refused' })
    await grid.post(`/api/v1/sweep-items/${byAddress['103室']}/visits`, { outcome: 'nobody_home' })
    const b2Items = await itemsOf(worker, campaign.id, `&regionId=${b2.id}`)
    await worker.post(`/api/v1/sweep-items/${b2Items.items[0].id}/visits`, {
      outcome: 'visited',
      seen: [{ personId: residents[4].id }],
    })

    const byBuilding = (await worker.get(`/api/v1/campaigns/${campaign.id}/coverage?by=building`)).json()
    expect(byBuilding.total).toMatchObject({ total: 6, visited: 2, refused: 1, nobodyHome: 1, pending: 2 })
    const row = (name: string | null) => byBuilding.rows.find((r: { name: string | null }) => r.name === name)
    expect(row('1号楼')).toMatchObject({
      total: 3,
      visited: 1,
      refused: 1,
      nobodyHome: 1,
      pending: 0,
      coverage: 0.333,
    })
    expect(row('2号楼')).toMatchObject({ total: 2, visited: 1, pending: 1, coverage: 0.5 })
    expect(row(null)).toMatchObject({ total: 1, pending: 1 }) // 门卫室 hangs on the compound itself
    const byCompound = (await worker.get(`/api/v1/campaigns/${campaign.id}/coverage?by=compound`)).json()
    expect(byCompound.rows).toEqual([expect.objectContaining({ name: '马限小区', total: 6, visited: 2 })])
    const byAssignee = (await worker.get(`/api/v1/campaigns/${campaign.id}/coverage?by=assignee`)).json()
    expect(byAssignee.rows.find((r: { key: string }) => r.key === grid.userId)).toMatchObject({
      total: 3,
      visited: 1,
    })

    const revisit = await itemsOf(worker, campaign.id, '&state=nobody_home')
    expect(revisit.items.map((i: { address: string }) => i.address)).toEqual(['103室'])
    const bad = await grid.post(`/api/v1/sweep-items/${byAddress['103室']}/visits`, {
      outcome: 'nobody_home',
      seen: [{ personId: residents[2].id }],
    })
    expect(bad.json().error.code).toBe('VISIT_PEOPLE_WITHOUT_VISIT')

    // 人人见面 counts: three distinct people seen today, none yesterday
    const today = localDate(Date.now(), t.config.timeZone)
    const counts = (
      await worker.get(`/api/v1/screening/counts?asOf=${today}&regionId=${tree.compoundA.id}`)
    ).json()
    expect(counts).toMatchObject({ peopleScreened: 3, keyPersonsFound: 0 })
    expect(counts.byCommunity).toEqual([expect.objectContaining({ name: '马限社区', peopleScreened: 3 })])
    expect(counts.byStaff.find((r: { staffId: string }) => r.staffId === grid.userId)).toMatchObject({
      peopleScreened: 2,
    })
    const before = (await worker.get(`/api/v1/screening/counts?asOf=${addDays(today, -1)}`)).json()
    expect(before.peopleScreened).toBe(0)
  })

  it('shows coverage and counts per grid team: a household of its own first, else the deepest area it owns', async () => {
    const { worker, campaign } = await newSweep()
    const items = (await itemsOf(worker, campaign.id)).items as {
      address: string
      id: string
      householdId: string
    }[]
    const item = (address: string) => items.find((i) => i.address === address)!
    // 百户固定法: group one owns building 1 and room 201 of building 2; group two the compound
    const team = (name: string, areaIds: string[], householdIds: string[] = [], memberIds: string[] = []) =>
      worker.post('/api/v1/teams', { regionId: tree.compoundA.id, name, memberIds, areaIds, householdIds })
    const grid = await t.as('grid_member', tree.compoundA)
    const member = await worker.post('/api/v1/staff', {
      regionId: tree.compoundA.id,
      kind: 'volunteer',
      name: '林志愿',
      userId: grid.userId,
      joinedOn: '2020-01-28',
    })
    expect((await team('第一组', [b1.id], [item('201室').householdId], [member.json().id])).statusCode).toBe(
      201,
    )
    expect((await team('第二组', [tree.compoundA.id])).statusCode).toBe(201)
    const visit = (address: string, outcome: string, seen: { id: string }[] = []) =>
      grid.post(`/api/v1/sweep-items/${item(address).id}/visits`, {
        outcome,
        seen: seen.map((p) => ({ personId: p.id })),
      })
    await visit('101室', 'visited', [residents[0]])
    await visit('201室', 'visited', [residents[4]])
    await visit('202室', 'nobody_home')

    const byTeam = (await worker.get(`/api/v1/campaigns/${campaign.id}/coverage?by=team`)).json()
    expect(byTeam.total).toMatchObject({ total: 6, visited: 2, nobodyHome: 1, pending: 3 })
    expect(byTeam.rows).toEqual([
      // in pinyin order: dì èr before dì yī
      expect.objectContaining({ name: '第二组', total: 2, visited: 0, nobodyHome: 1, pending: 1 }),
      expect.objectContaining({ name: '第一组', total: 4, visited: 2, pending: 2, coverage: 0.5 }),
    ])
    // the people its member saw count for the team in the screening figures
    const today = localDate(Date.now(), t.config.timeZone)
    const counts = (await worker.get(`/api/v1/screening/counts?asOf=${today}`)).json()
    expect(counts.byTeam.find((r: { name: string }) => r.name === '第一组')).toMatchObject({
      peopleScreened: 2,
      keyPersonsFound: 0,
    })
  })

  it('turns a finding of travel from a risk area into a declaration and a key person', async () => {
    const today = localDate(Date.now(), t.config.timeZone)
    await makeRiskArea(t.db, { name: '湖北省', aliases: ['武汉'], fromDate: addDays(today, -30) })
    const { worker, campaign } = await newSweep()
    const grid = await t.as('grid_member', tree.compoundA)
    const item = (await itemsOf(grid, campaign.id, `&regionId=${b2.id}`)).items.find(
      (i: { address: string }) => i.address === '202室',
    )
    const res = await grid.post(`/api/v1/sweep-items/${item.id}/visits`, {
      outcome: 'visited',
      seen: [
        {
          personId: residents[5].id,
          finding: { fromPlace: '湖北省武汉市', arrivalDate: addDays(today, -3), symptoms: ['cough'] },
        },
      ],
    })
    expect(res.statusCode).toBe(200)
    const [finding] = res.json().findings
    expect(finding).toMatchObject({ personId: residents[5].id, keyPersons: 1 })
    expect(finding.declarationId).toEqual(expect.any(String))
    expect((await worker.get(`/api/v1/people/${residents[5].id}`)).json().keyPerson).toBe(true)
    const counts = (await worker.get(`/api/v1/screening/counts?asOf=${today}`)).json()
    expect(counts.keyPersonsFound).toBe(1)
  })

  it('keeps other areas out: a worker of another community sees no such campaign', async () => {
    const { campaign } = await newSweep()
    const other = await t.as('community_worker', tree.communityB)
    expect((await other.get(`/api/v1/campaigns/${campaign.id}`)).statusCode).toBe(404)
    expect((await other.get('/api/v1/campaigns')).json()).toEqual([])
    const grid = await t.as('grid_member', tree.compoundA)
    expect((await grid.get('/api/v1/campaigns?kind=sweep')).json().length).toBeGreaterThan(0)
    expect(
      (await grid.post('/api/v1/campaigns', { kind: 'sweep', name: 'x', regionId: tree.compoundA.id }))
        .statusCode,
    ).toBe(403)
  })
})
