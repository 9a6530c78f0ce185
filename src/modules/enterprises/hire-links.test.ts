// The attack of issue 14: a liaison types the name and document number of someone living in
// another community. Before the fix that person's registry data and colour reached the
// enterprise, and the liaison's declaration changed their colour. Now the link waits for the
// person's community.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeMobile, makePerson, makeResidentId } from '../people/people.fixtures.js'

type Client = Awaited<ReturnType<TestApp['as']>>
const clean = { symptoms: [], contactWithCases: false }

describe.each(dialects)('hires from another community on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let workerA: Client
  let workerB: Client
  let liaison: Client
  let factory: { id: string }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    workerA = await t.as('community_worker', tree.communityA)
    workerB = await t.as('community_worker', tree.communityB)
    liaison = await t.as('enterprise_liaison', tree.compoundA)
    factory = (
      await workerA.post('/api/v1/enterprises', {
        name: '马尾造船厂',
        address: '马尾开发区儒江西路',
        regionId: tree.compoundA.id,
        liaisonId: liaison.userId,
      })
    ).json()
  })
  afterAll(() => t.close())

  /** Someone registered in community B, and their colour as B's staff see it. */
  async function residentOfB(name: string) {
    const docNumber = makeResidentId('19850505')
    const person = await makePerson(t.db, tree.compoundB.id, { name, docNumber, phone: makeMobile() })
    const colour = async () => (await workerB.get(`/api/v1/colours/${person.id}`)).json().colour
    return { person, docNumber, colour }
  }
  const hireOf = async (client: Client, id: string) =>
    (await client.get(`/api/v1/enterprises/${factory.id}/hires`))
      .json()
      .find((h: { id: string }) => h.id === id)

  it('makes a pending link that shows nothing of the registry and takes no declaration', async () => {
    const b = await residentOfB('郑外社')
    expect(await b.colour()).toBe('yellow') // not declared yet
    const res = await liaison.post(`/api/v1/enterprises/${factory.id}/hires`, {
      name: '郑外社',
      docType: 'id_card',
      docNumber: b.docNumber,
      phone: makeMobile(),
    })
    expect(res.statusCode).toBe(201)
    const hire = res.json()
    expect(hire).toEqual({
      id: expect.any(String),
      name: '郑*社',
      colour: 'unknown',
      link: 'pending',
      declarationLink: expect.any(String),
      hiredAt: expect.any(String),
    })
    // community A's staff see the name the liaison typed, no person, phone, document or reasons
    expect(await hireOf(workerA, hire.id)).toEqual({ ...hire, name: '郑外社' })
    expect(await hireOf(liaison, hire.id)).toEqual(hire)

    // the liaison's declaration does not reach the person's colour
    const declared = await liaison.post(`/api/v1/enterprise-hires/${hire.id}/declaration`, clean)
    expect(declared.statusCode).toBe(409)
    expect(declared.json().error.code).toBe('HIRE_LINK_PENDING')
    expect(await b.colour()).toBe('yellow')
    expect((await liaison.get('/api/v1/enterprise-alerts')).json()).toEqual([])
  })

  it('does not tell the liaison whether the typed name matches the registry', async () => {
    const b = await residentOfB('钱真名')
    const res = await liaison.post(`/api/v1/enterprises/${factory.id}/hires`, {
      name: '冒名者',
      docType: 'id_card',
      docNumber: b.docNumber,
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ name: '冒*者', link: 'pending', colour: 'unknown' })
    // the person's community sees both names side by side and refuses
    const pending = (await workerB.get('/api/v1/enterprise-hires/pending')).json()
    const mine = pending.find((p: { id: string }) => p.id === res.json().id)
    expect(mine).toMatchObject({
      enteredName: '冒名者',
      personName: '钱真名',
      personId: b.person.id,
      nameMatches: false,
      enterpriseName: '马尾造船厂',
    })
    const refused = await workerB.post(`/api/v1/enterprise-hires/${mine.id}/refuse`)
    expect(refused.json()).toEqual({ id: mine.id, link: 'refused' })
    expect(await hireOf(liaison, mine.id)).toMatchObject({ link: 'refused', colour: 'unknown' })
    const declared = await liaison.post(`/api/v1/enterprise-hires/${mine.id}/declaration`, clean)
    expect(declared.json().error.code).toBe('HIRE_LINK_REFUSED')
    expect((await workerB.post(`/api/v1/enterprise-hires/${mine.id}/accept`)).json().error.code).toBe(
      'HIRE_LINK_DECIDED',
    )
  })

  it('lets only the person’s community decide, and works as before once accepted', async () => {
    const b = await residentOfB('冯待认')
    const hire = (
      await liaison.post(`/api/v1/enterprises/${factory.id}/hires`, {
        name: '冯待认',
        docType: 'id_card',
        docNumber: b.docNumber,
      })
    ).json()
    // the enterprise's own community neither sees the request nor may accept it
    expect(
      (await workerA.get('/api/v1/enterprise-hires/pending')).json().map((p: { id: string }) => p.id),
    ).not.toContain(hire.id)
    expect((await workerA.post(`/api/v1/enterprise-hires/${hire.id}/accept`)).statusCode).toBe(404)
    expect((await liaison.post(`/api/v1/enterprise-hires/${hire.id}/accept`)).statusCode).toBe(403)
    expect(await hireOf(liaison, hire.id)).toMatchObject({ link: 'pending' })

    const accepted = await workerB.post(`/api/v1/enterprise-hires/${hire.id}/accept`)
    expect(accepted.json()).toEqual({ id: hire.id, link: 'linked' })
    const admin = await t.as('admin', t.top)
    const audit = (await admin.get('/api/v1/audit?action=enterprise.hire.accept')).json()
    expect(audit.items).toEqual([expect.objectContaining({ actorId: workerB.userId, entityId: b.person.id })])

    expect(await hireOf(liaison, hire.id)).toMatchObject({ name: '冯*认', colour: 'yellow', link: 'linked' })
    expect(await hireOf(workerA, hire.id)).toMatchObject({
      name: '冯待认',
      personId: b.person.id,
      reasons: ['尚未进行健康申报'],
    })
    const declared = await liaison.post(`/api/v1/enterprise-hires/${hire.id}/declaration`, clean)
    expect(declared.json()).toEqual({ id: hire.id, colour: 'green' })
    expect(await b.colour()).toBe('green')
  })

  it('links at once someone the acting staff member already has in scope', async () => {
    const b = await residentOfB('卫本管')
    const streetOfficer = await t.as('street_officer', t.top)
    const res = await streetOfficer.post(`/api/v1/enterprises/${factory.id}/hires`, {
      name: '卫本管',
      docType: 'id_card',
      docNumber: b.docNumber,
    })
    expect(res.json()).toMatchObject({ link: 'linked', personId: b.person.id })
  })
})
