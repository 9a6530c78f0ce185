import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { setClock } from '../../core/clock.js'
import { createUserDirect } from '../auth/auth.fixtures.js'
import { makePerson } from '../people/people.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { careCounts } from './care.queries.js'
import { requestCareForPerson } from './care.service.js'

const at = (text: string) => setClock(Date.parse(text.replace(' ', 'T') + ':00+08:00'))

describe.each(dialects)('care requests on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(async () => {
    setClock(undefined)
    await t.close()
  })

  const volunteer = async (regionId: string) => {
    const u = await createUserDirect(t.db, {
      role: 'grid_member',
      scopeRegionId: regionId,
      displayName: '志愿者小林',
    })
    return { id: u.id, client: () => t.signIn(u.username, u.password) }
  }

  it('opens a shopping request, assigns it to a volunteer who records the delivery', async () => {
    at('2020-02-05 09:00')
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id, { address: '5号楼302' })
    const opened = await worker.post('/api/v1/care-requests', {
      householdId: person.householdId,
      kind: 'shopping',
      items: '大米5斤，鸡蛋一盒',
    })
    expect(opened.statusCode).toBe(201)
    expect(opened.json()).toMatchObject({
      address: '5号楼302',
      status: 'open',
      via: 'staff',
      items: '大米5斤，鸡蛋一盒',
    })
    const id = opened.json().id

    const v = await volunteer(tree.communityA.id)
    const other = await volunteer(tree.communityA.id)
    const outsider = await volunteer(tree.communityB.id)
    expect(
      (await worker.post(`/api/v1/care-requests/${id}/assign`, { assigneeId: outsider.id })).json().error
        .code,
    ).toBe('NOT_FOUND')
    const assigned = await worker.post(`/api/v1/care-requests/${id}/assign`, { assigneeId: v.id })
    expect(assigned.json()).toMatchObject({ status: 'assigned', assignee: { id: v.id, name: '志愿者小林' } })

    const mine = (await (await v.client()).get('/api/v1/care-requests?mine=true')).json()
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([id])
    const notMine = await (
      await other.client()
    ).post(`/api/v1/care-requests/${id}/fulfil`, { delivered: '已送' })
    expect(notMine.json().error.code).toBe('CARE_NOT_ASSIGNEE')
    const done = await (
      await v.client()
    ).post(`/api/v1/care-requests/${id}/fulfil`, { delivered: '大米5斤、鸡蛋一盒，放门口' })
    expect(done.json()).toMatchObject({
      status: 'done',
      fulfilments: [{ delivered: '大米5斤、鸡蛋一盒，放门口', doneBy: v.id }],
    })
    const again = await (await v.client()).post(`/api/v1/care-requests/${id}/fulfil`, { delivered: '再送' })
    expect(again.json().error.code).toBe('CARE_REQUEST_CLOSED')
  })

  it('refuses an empty request; keeps an uploaded file to print and hands it back', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id)
    const empty = await worker.post('/api/v1/care-requests', {
      householdId: person.householdId,
      kind: 'shopping',
      items: '  ',
    })
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error).toMatchObject({
      code: 'CARE_REQUEST_EMPTY',
      message: '请填写所需物品清单或上传文件',
    })
    const exe = await worker.post('/api/v1/care-requests', {
      householdId: person.householdId,
      kind: 'printing',
      file: { name: 'a.exe', contentType: 'application/x-msdownload', data: 'TVo=' },
    })
    expect(exe.statusCode).toBe(400)

    const pdf = Buffer.from('%PDF-1.4 三年级数学练习')
    const res = await worker.post('/api/v1/care-requests', {
      householdId: person.householdId,
      kind: 'printing',
      file: { name: '数学练习.pdf', contentType: 'application/pdf', data: pdf.toString('base64') },
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().file).toEqual({ name: '数学练习.pdf', type: 'application/pdf', size: pdf.length })
    const file = await worker.get(`/api/v1/care-requests/${res.json().id}/file`)
    expect(file.statusCode).toBe(200)
    expect(file.headers['content-type']).toBe('application/pdf')
    expect(file.rawPayload.equals(pdf)).toBe(true)
  })

  it('counts households and times helped as of a date, unchanged by later deliveries', async () => {
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '暖心社区')
    const [a, b] = [
      await makePerson(t.db, community.id, { address: '1号楼101' }),
      await makePerson(t.db, community.id, { address: '2号楼201' }),
    ]
    at('2020-02-10 09:00')
    const worker = await t.as('community_worker', community)
    const daily = (
      await worker.post('/api/v1/care-requests', {
        householdId: a.householdId,
        kind: 'shopping',
        items: '每日蔬菜',
      })
    ).json().id
    // a standing request: each delivery counts, the request stays open until the last
    expect(
      (await worker.post(`/api/v1/care-requests/${daily}/fulfil`, { delivered: '蔬菜', close: false })).json()
        .status,
    ).toBe('open')
    at('2020-02-10 17:00')
    const evening = await t.as('community_worker', community)
    expect(
      (await evening.post(`/api/v1/care-requests/${daily}/fulfil`, { delivered: '蔬菜', close: false }))
        .statusCode,
    ).toBe(200)
    const day10 = await careCounts(t.db, { asOf: '2020-02-10', withinPath: community.path })
    expect(day10).toEqual({
      asOf: '2020-02-10',
      households: 1,
      times: 2,
      timesToday: 2,
      byKind: { shopping: 2 },
    })

    at('2020-02-11 10:00')
    // the household asks from its pass page (the resident path)
    const fromResident = await requestCareForPerson(
      t.db,
      b.id,
      { kind: 'medicine', items: '降压药' },
      { dataDir: '/tmp/lianfang-test-data', timeZone: 'Asia/Shanghai' },
    )
    const w2 = await t.as('community_worker', community)
    expect((await w2.get(`/api/v1/care-requests/${fromResident}`)).json()).toMatchObject({
      via: 'resident',
      kind: 'medicine',
    })
    expect(
      (await w2.post(`/api/v1/care-requests/${fromResident}/fulfil`, { delivered: '降压药一盒' })).statusCode,
    ).toBe(200)
    expect(
      (await w2.post(`/api/v1/care-requests/${daily}/fulfil`, { delivered: '蔬菜' })).json().status,
    ).toBe('done')

    expect(await careCounts(t.db, { asOf: '2020-02-10', withinPath: community.path })).toEqual(day10)
    const day11 = (await w2.get(`/api/v1/care-requests/counts?regionId=${community.id}`)).json()
    expect(day11).toEqual({
      asOf: '2020-02-11',
      households: 2,
      times: 4,
      timesToday: 2,
      byKind: { shopping: 3, medicine: 1 },
    })
    const otherStreet = await t.as('street_officer', tree.streetB)
    expect((await otherStreet.get('/api/v1/care-requests/counts?asOf=2020-02-11')).json()).toMatchObject({
      households: 0,
      times: 0,
    })
  })
})
