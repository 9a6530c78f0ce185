// 反推证件号: the attack an insider without person:unmask could run, and the controls that stop it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { residentIdCheckDigit } from '../../shared/identity.js'
import { makeMobile, makeResidentId } from './people.fixtures.js'

describe.each(dialects)('searching people by document or phone on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  const register = async (doc: string, phone = makeMobile()) => {
    const admin = await t.as('admin', t.top)
    const res = await admin.post('/api/v1/people', {
      name: '郑七',
      docType: 'id_card',
      docNumber: doc,
      phone,
      regionId: tree.compoundA.id,
      residenceType: 'registered',
    })
    return res.json().person as { id: string; document: string; birthDate: string }
  }

  it('shows no birth date beside a mask, and refuses a document number in the URL', async () => {
    const doc = makeResidentId('19870623')
    const made = await register(doc)
    const worker = await t.as('community_worker', tree.communityA)
    const one = await worker.get(`/api/v1/people/${made.id}`)
    const listed = (await worker.get('/api/v1/people?name=' + encodeURIComponent('郑'))).json().items
    for (const body of [JSON.stringify(made), one.body, JSON.stringify(listed)]) {
      expect(body).toContain(doc.slice(-4))
      expect(body).not.toContain('06-23')
      expect(body).not.toContain('0623')
    }
    expect(one.json()).toMatchObject({ document: `3501**********${doc.slice(-4)}`, birthDate: '1987-**-**' })
    // the old nine-guess attack: the mask and year leave 3650 day candidates times 100 area
    // digits; and a guess can no longer be confirmed through GET ?document=
    const guess = `350105198706230${doc.slice(15, 17)}`
    const res = await worker.get(`/api/v1/people?document=${guess}${residentIdCheckDigit(guess)}`)
    expect(res.statusCode).toBe(400)
    expect((await worker.get(`/api/v1/people?phone=${makeMobile()}`)).statusCode).toBe(400)
  })

  it('finds by a document in a POST body and audits who searched and the hits, never the term', async () => {
    const doc = makeResidentId('19600101')
    const phone = makeMobile()
    const made = await register(doc, phone)
    const worker = await t.as('community_worker', tree.communityA)
    const found = (await worker.post('/api/v1/people/search', { document: doc })).json()
    expect(found).toMatchObject({ total: 1, items: [{ id: made.id }] })
    const none = (await worker.post('/api/v1/people/search', { phone: makeMobile() })).json()
    expect(none.total).toBe(0)
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'person.search')
      .where('actor_id', '=', worker.userId)
      .orderBy('seq')
      .execute()
    expect(audit.map((a) => JSON.parse(a.detail!))).toEqual([
      { by: ['document'], hits: 1 },
      { by: ['phone'], hits: 0 },
    ])
    for (const a of audit) {
      expect(a.detail).not.toContain(doc)
      expect(a.detail).not.toContain(phone.slice(-4))
    }
  })

  it('refuses the 31st search in a minute with a clear code, for that account only', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    for (let i = 0; i < 30; i++)
      expect((await worker.post('/api/v1/people/search', { phone: makeMobile() })).statusCode).toBe(200)
    const refused = await worker.post('/api/v1/people/search', { phone: makeMobile() })
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error).toMatchObject({
      code: 'LOOKUP_RATE_LIMITED',
      message: '查询过于频繁（每分钟最多 30 次），请稍后再试',
    })
    const other = await t.as('community_worker', tree.communityA)
    expect((await other.post('/api/v1/people/search', { phone: makeMobile() })).statusCode).toBe(200)
  })
})
