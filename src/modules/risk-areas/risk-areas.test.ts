import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'

describe.each(dialects)('risk areas and key persons on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  it('proposes a home observation for the risk area’s own period, and shows it open once opened', async () => {
    setClock(Date.parse('2020-02-03T02:00:00Z'))
    const admin = await t.as('admin', t.top)
    // a 21-day area: the proposal must not fall back to the usual 14 days
    const area = (
      await admin.post('/api/v1/risk-areas', { name: '温州市', fromDate: '2020-01-08', observationDays: 21 })
    ).json()
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id, { name: '林一帆' })
    const declared = await worker.post('/api/v1/declarations', {
      personId: person.id,
      travel: { fromPlace: '浙江省温州市', arrivalDate: '2020-01-30' },
      symptoms: [],
      contactWithCases: false,
    })
    expect(declared.json().keyPerson).toBe(true)
    // the registry's flag, now set through the people module's service
    expect((await worker.get(`/api/v1/people/${person.id}`)).json().keyPerson).toBe(true)

    const listed = (await worker.get(`/api/v1/key-persons?riskAreaId=${area.id}`)).json().items[0]
    expect(listed).toMatchObject({
      personName: '林一帆',
      areaName: '温州市',
      observeUntil: '2020-02-20',
      observationId: null,
      proposal: { startsOn: '2020-01-30', days: 21 },
    })
    expect(listed.reason).toContain('需观察21天')

    const opened = await worker.post('/api/v1/observations', { personId: person.id, ...listed.proposal })
    expect(opened.statusCode).toBe(201)
    // ends when the yellow code's period does
    expect(opened.json()).toMatchObject({ of: 21, endsOn: '2020-02-20', day: 5 })
    const after = (await worker.get(`/api/v1/key-persons?riskAreaId=${area.id}`)).json().items[0]
    expect(after.observationId).toBe(opened.json().id)
  })

  it('lets the command centre edit and end an area, and no one else', async () => {
    setClock(Date.parse('2020-02-10T02:00:00Z'))
    const admin = await t.as('admin', t.top)
    const area = (await admin.post('/api/v1/risk-areas', { name: '某市', fromDate: '2020-01-20' })).json()
    expect(area.observationDays).toBe(14)
    const edited = await admin.patch(`/api/v1/risk-areas/${area.id}`, {
      observationDays: 10,
      toDate: '2020-02-10',
    })
    expect(edited.json()).toMatchObject({ observationDays: 10, toDate: '2020-02-10' })
    const backwards = await admin.patch(`/api/v1/risk-areas/${area.id}`, { toDate: '2020-01-01' })
    expect(backwards.json().error.code).toBe('RISK_AREA_DATES')
    const officer = await t.as('street_officer', tree.streetA)
    expect((await officer.patch(`/api/v1/risk-areas/${area.id}`, { observationDays: 7 })).statusCode).toBe(
      403,
    )
    const publicList = (await t.app.inject({ method: 'GET', url: '/api/v1/risk-areas' })).json()
    expect(publicList.find((a: { id: string }) => a.id === area.id)).toMatchObject({ observationDays: 10 })
    // an arrival after the end date is not a key person
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id)
    const late = await worker.post('/api/v1/declarations', {
      personId: person.id,
      travel: { fromPlace: '某市', arrivalDate: '2020-02-10' },
      symptoms: [],
      contactWithCases: false,
    })
    expect(late.json().keyPerson).toBe(true)
    await admin.patch(`/api/v1/risk-areas/${area.id}`, { toDate: '2020-02-08' })
    const other = await makePerson(t.db, tree.compoundA.id)
    const after = await worker.post('/api/v1/declarations', {
      personId: other.id,
      travel: { fromPlace: '某市', arrivalDate: '2020-02-09' },
      symptoms: [],
      contactWithCases: false,
    })
    expect(after.json().keyPerson).toBe(false)
  })
})
