import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { addDays, localDate } from '../../shared/days.js'
import { makeMobile, makePerson, makeResidentId } from '../people/people.fixtures.js'
import { makeRiskArea } from '../risk-areas/risk-areas.fixtures.js'

type Client = Awaited<ReturnType<TestApp['as']>>

describe.each(dialects)('enterprise restart screening on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  let liaisonA: Client
  let liaisonB: Client
  let factoryA: { id: string }
  let factoryB: { id: string }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
    liaisonA = await t.as('enterprise_liaison', tree.compoundA)
    liaisonB = await t.as('enterprise_liaison', tree.compoundA)
    const make = async (name: string, liaisonId: string) =>
      (
        await worker.post('/api/v1/enterprises', {
          name,
          address: '马尾开发区儒江西路',
          regionId: tree.compoundA.id,
          liaisonId,
        })
      ).json()
    factoryA = await make('马尾造船厂', liaisonA.userId)
    factoryB = await make('闽江食品厂', liaisonB.userId)
  })
  afterAll(() => t.close())

  const hire = (client: Client, enterpriseId: string, extra = {}) =>
    client.post(`/api/v1/enterprises/${enterpriseId}/hires`, {
      name: '林新工',
      docType: 'id_card',
      docNumber: makeResidentId('19960808'),
      phone: makeMobile(),
      ...extra,
    })

  it('shows the liaison their own hires’ colours and nothing else', async () => {
    const added = await hire(liaisonA, factoryA.id)
    expect(added.statusCode).toBe(201)
    // not declared yet: yellow; the liaison learns the colour, never the reason
    expect(added.json()).toEqual({
      id: expect.any(String),
      name: '林*工',
      colour: 'yellow',
      link: 'linked',
      declarationLink: expect.stringMatching(/^\/r\/[2-9A-HJKMNP-Z]{8}$/),
      hiredAt: expect.any(String),
    })
    await hire(liaisonB, factoryB.id, { name: '黄师傅' })

    expect((await liaisonA.get('/api/v1/enterprises')).json().map((e: { name: string }) => e.name)).toEqual([
      '马尾造船厂',
    ])
    const mine = (await liaisonA.get(`/api/v1/enterprises/${factoryA.id}/hires`)).json()
    expect(mine).toHaveLength(1)
    expect(Object.keys(mine[0]).sort()).toEqual([
      'colour',
      'declarationLink',
      'hiredAt',
      'id',
      'link',
      'name',
    ])
    // another enterprise in the same compound does not exist for this liaison
    expect((await liaisonA.get(`/api/v1/enterprises/${factoryB.id}/hires`)).statusCode).toBe(404)
    expect((await hire(liaisonA, factoryB.id)).statusCode).toBe(404)
    // nor does the registry, declarations, colours or campaigns
    const staffView = (await worker.get(`/api/v1/enterprises/${factoryA.id}/hires`)).json()[0]
    expect(staffView).toMatchObject({ name: '林新工', colour: 'yellow', reasons: ['尚未进行健康申报'] })
    for (const url of [
      `/api/v1/people/${staffView.personId}`,
      '/api/v1/people',
      `/api/v1/colours/${staffView.personId}`,
      '/api/v1/declarations',
      '/api/v1/campaigns',
    ])
      expect((await liaisonA.get(url)).statusCode).toBe(403)
    expect((await liaisonA.get(`/api/v1/people/${staffView.personId}`)).statusCode).toBe(403)
    expect(
      (await liaisonA.post('/api/v1/enterprises', { name: 'x', address: 'y', regionId: tree.compoundA.id }))
        .statusCode,
    ).toBe(403)
  })

  it('links a person already on file in the enterprise’s region only when the name matches', async () => {
    const doc = makeResidentId('19881111')
    const known = await makePerson(t.db, tree.compoundA.id, { name: '郑已登', docNumber: doc })
    const wrong = await hire(liaisonA, factoryA.id, { name: '冒名者', docNumber: doc })
    expect(wrong.json().error.code).toBe('HIRE_NAME_MISMATCH')
    const right = await hire(liaisonA, factoryA.id, { name: '郑已登', docNumber: doc })
    expect(right.statusCode).toBe(201)
    const admin = await t.as('admin', t.top)
    // linked, not moved: the person stays registered where they live
    expect(right.json().link).toBe('linked')
    expect((await admin.get(`/api/v1/people/${known.id}`)).json().regionId).toBe(tree.compoundA.id)
    expect((await hire(liaisonA, factoryA.id, { name: '郑已登', docNumber: doc })).json().error.code).toBe(
      'HIRE_ALREADY_LISTED',
    )
  })

  it('alerts both sides when a declared-green hire turns yellow', async () => {
    const today = localDate(Date.now(), t.config.timeZone)
    await makeRiskArea(t.db, { name: '浙江省温州市', aliases: ['温州'], fromDate: addDays(today, -20) })
    const h = (await hire(liaisonA, factoryA.id, { name: '吴返岗' })).json()
    const declared = await liaisonA.post(`/api/v1/enterprise-hires/${h.id}/declaration`, {
      symptoms: [],
      contactWithCases: false,
    })
    expect(declared.json()).toEqual({ id: h.id, colour: 'green' })
    expect((await liaisonA.get('/api/v1/enterprise-alerts')).json()).toEqual([])

    // the community learns of the journey (a staff declaration): the hire turns yellow
    const personId = (await worker.get(`/api/v1/enterprises/${factoryA.id}/hires`))
      .json()
      .find((x: { id: string }) => x.id === h.id).personId
    const travel = await worker.post('/api/v1/declarations', {
      personId,
      travel: { fromPlace: '温州', arrivalDate: addDays(today, -2) },
      symptoms: [],
      contactWithCases: false,
    })
    expect(travel.statusCode).toBeLessThan(300)
    const seenByLiaison = (await liaisonA.get('/api/v1/enterprise-alerts')).json()
    expect(seenByLiaison).toEqual([
      expect.objectContaining({
        hireId: h.id,
        name: '吴*岗',
        colour: 'yellow',
        enterpriseName: '马尾造船厂',
      }),
    ])
    expect(
      (await worker.get('/api/v1/enterprise-alerts')).json().map((a: { hireId: string }) => a.hireId),
    ).toEqual([h.id])
    expect((await liaisonB.get('/api/v1/enterprise-alerts')).json()).toEqual([])
    expect(
      (await liaisonA.get(`/api/v1/enterprises/${factoryA.id}/hires`))
        .json()
        .find((x: { id: string }) => x.id === h.id),
    ).not.toHaveProperty('reasons')
  })

  it('uploads a hire list and reports the rows it could not take', async () => {
    const csv = [
      '姓名,证件号码,手机号码',
      `许一,${makeResidentId('19900101')},${makeMobile()}`,
      '许二,123,',
      `许三,${makeResidentId('19910202')},`,
    ].join('\n')
    const res = await liaisonB.post(`/api/v1/enterprises/${factoryB.id}/hires/import`, {
      content: iconv.encode(csv, 'gbk').toString('base64'),
    })
    expect(res.json()).toEqual({ added: 2, failed: [{ row: 3, code: 'BAD_RESIDENT_ID' }] })
    expect(
      (await liaisonB.get(`/api/v1/enterprises/${factoryB.id}/hires`))
        .json()
        .map((h: { name: string }) => h.name),
    ).toEqual(['黄*傅', '许*', '许*'])
  })
})
