// 证件号查验 at the gate: what the rules say for a typed number, and nothing more.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { makePerson, makeResidentId } from '../people/people.fixtures.js'

describe.each(dialects)('gate look-up by document on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let staff: Client
  let gate: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    staff = await t.as('checkpoint_staff', tree.compoundA)
    gate = await makeCheckpoint(t.db, tree.compoundA.id)
  })
  afterAll(() => t.close())

  const lookUp = (client: Client, number: string, checkpointId = gate) =>
    client.post('/api/v1/gate/lookup', { checkpointId, document: { type: 'id_card', number } })

  it('answers the masked name, colour and verdict of a resident, and audits without the number', async () => {
    const doc = makeResidentId('19700707')
    await makePerson(t.db, tree.compoundA.id, { docNumber: doc, name: '林则徐' })
    const res = await lookUp(staff, doc)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      found: true,
      colour: 'yellow',
      name: '林*徐',
      verdict: 'refer',
      reason: 'yellow_pass',
    })
    expect(res.body).not.toContain(doc.slice(-4))
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'gate.lookup')
      .where('actor_id', '=', staff.userId)
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity_id: gate })
    expect(JSON.parse(audit[0].detail!)).toEqual({ hits: 1 })
  })

  it('asks for the card for someone who registered themselves (待核验), as a scan of their pass would', async () => {
    const admin = await t.as('admin', t.top)
    const place = (await admin.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json()
    const doc = makeResidentId('19701010')
    const declared = await t.app.inject({
      method: 'POST',
      url: '/api/v1/r/declarations',
      payload: {
        placeCode: place.code,
        name: '郑成功',
        docType: 'id_card',
        docNumber: doc,
        phone: '13912340011',
        symptoms: [],
        contactWithCases: false,
      },
    })
    expect(declared.statusCode).toBe(201)
    expect((await lookUp(staff, doc)).json()).toEqual({
      found: true,
      colour: 'green',
      name: '郑*功',
      verdict: 'refer',
      reason: 'check_card',
    })
  })

  it('refers someone unknown here (also a resident of another community) as unverified', async () => {
    const elsewhere = makeResidentId('19700808')
    await makePerson(t.db, tree.compoundB.id, { docNumber: elsewhere })
    for (const number of [makeResidentId('19700909'), elsewhere])
      expect((await lookUp(staff, number)).json()).toEqual({
        found: false,
        verdict: 'refer',
        reason: 'unverified',
      })
  })

  it('refuses a bad check digit with a clear code, and a checkpoint outside the scope with 404', async () => {
    const doc = makeResidentId()
    const wrong = doc.slice(0, 17) + (doc[17] === '0' ? '1' : '0')
    const bad = await lookUp(staff, wrong)
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('BAD_RESIDENT_ID')
    const gateB = await makeCheckpoint(t.db, tree.compoundB.id)
    const outside = await lookUp(staff, doc, gateB)
    expect(outside.statusCode).toBe(404)
  })

  it('refuses the 31st look-up in a minute', async () => {
    const busy = await t.as('checkpoint_staff', tree.compoundA)
    for (let i = 0; i < 30; i++) expect((await lookUp(busy, makeResidentId())).statusCode).toBe(200)
    const refused = await lookUp(busy, makeResidentId())
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error.code).toBe('LOOKUP_RATE_LIMITED')
  })
})
