import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeMobile, makeResidentId } from './people.fixtures.js'

describe.each(dialects)('people registry on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('registers once per document number: a second registration updates', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const doc = makeResidentId('19900101')
    const body = {
      name: '张三',
      docType: 'id_card',
      docNumber: doc,
      phone: makeMobile(),
      regionId: tree.compoundA.id,
      address: '3号楼201',
      residenceType: 'registered',
    }
    const first = (await worker.post('/api/v1/people', body)).json()
    expect(first.created).toBe(true)
    expect(first.person).toMatchObject({
      name: '张三',
      document: `${doc.slice(0, 4)}**********${doc.slice(-4)}`,
      birthDate: '1990-**-**',
    })
    const second = (
      await worker.post('/api/v1/people', { ...body, name: '张叁', workplace: '马尾造船厂' })
    ).json()
    expect(second).toMatchObject({
      created: false,
      person: { id: first.person.id, name: '张叁', workplace: '马尾造船厂' },
    })
    const found = (await worker.post('/api/v1/people/search', { document: doc })).json()
    expect(found.total).toBe(1)
  })

  it('refuses a bad check digit and a bad phone with clear codes', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const doc = makeResidentId()
    const wrong = doc.slice(0, 17) + (doc[17] === '0' ? '1' : '0')
    const res = await worker.post('/api/v1/people', {
      name: '李四',
      docType: 'id_card',
      docNumber: wrong,
      regionId: tree.compoundA.id,
      residenceType: 'floating',
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'BAD_RESIDENT_ID',
      message: '身份证号码不正确（校验位不符）',
    })
    const phone = await worker.post('/api/v1/people', {
      name: '李四',
      docType: 'id_card',
      docNumber: doc,
      phone: '12345',
      regionId: tree.compoundA.id,
      residenceType: 'floating',
    })
    expect(phone.json().error.code).toBe('BAD_PHONE')
  })

  it('finds by phone and name prefix inside the scope only, and audits an unmasking', async () => {
    const adminRes = await t.as('admin', t.top)
    const phone = makeMobile()
    const doc = makeResidentId('19751224')
    const made = (
      await adminRes.post('/api/v1/people', {
        name: '王五',
        docType: 'id_card',
        docNumber: doc,
        phone,
        regionId: tree.compoundB.id,
        residenceType: 'temporary',
      })
    ).json()
    const workerA = await t.as('community_worker', tree.communityA)
    expect((await workerA.post('/api/v1/people/search', { phone })).json().total).toBe(0)
    expect((await workerA.get(`/api/v1/people/${made.person.id}`)).statusCode).toBe(404)
    const officerB = await t.as('street_officer', tree.streetB)
    expect((await officerB.get(`/api/v1/people?name=${encodeURIComponent('王')}`)).json().items[0].id).toBe(
      made.person.id,
    )
    const revealed = (
      await officerB.post(`/api/v1/people/${made.person.id}/reveal`, { reason: '核实身份' })
    ).json()
    expect(revealed).toEqual({ document: doc, phone })
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'person.unmask')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity_id: made.person.id, actor_name: officerB.username })
    expect(audit[0].detail).not.toContain(doc)
  })
})
