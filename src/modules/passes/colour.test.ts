import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { advanceClock, setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'
import { makeRiskArea } from '../risk-areas/risk-areas.fixtures.js'

describe.each(dialects)('colour rules on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  const declare = (worker: Awaited<ReturnType<TestApp['as']>>, personId: string, extra: object = {}) =>
    worker.post('/api/v1/declarations', { personId, symptoms: [], contactWithCases: false, ...extra })

  it('gives each colour with its reasons, and keeps the history', async () => {
    setClock(Date.parse('2020-02-01T02:00:00Z'))
    await makeRiskArea(t.db, { name: '湖北省', aliases: ['武汉'], fromDate: '2020-01-08' })
    let worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id, { name: '陈小明' })
    const colourOf = async () => (await worker.get(`/api/v1/colours/${person.id}`)).json()

    const none = await colourOf()
    expect(none.colour).toBe('yellow')
    expect(none.reasons.map((r: { zh: string }) => r.zh)).toEqual(['尚未进行健康申报'])

    expect((await declare(worker, person.id)).statusCode).toBe(201)
    expect(await colourOf()).toMatchObject({
      colour: 'green',
      reasons: [{ rule: 'green', zh: '已健康申报，无异常情况' }],
    })

    await declare(worker, person.id, { symptoms: ['fever', 'cough'] })
    advanceClock(3600_000)
    // a newer "all well" does not wash out a fever declared an hour ago
    await declare(worker, person.id)
    expect(await colourOf()).toMatchObject({
      colour: 'yellow',
      reasons: [{ rule: 'fever', zh: '24小时内申报发热' }],
    })
    advanceClock(24 * 3600_000)
    worker = await t.as('community_worker', tree.communityA) // the old session lapsed meanwhile
    expect((await colourOf()).colour).toBe('green')

    const travel = await declare(worker, person.id, {
      travel: { fromPlace: '湖北省武汉市', arrivalDate: '2020-01-30' },
    })
    expect(travel.json().keyPerson).toBe(true)
    const fromRiskArea = await colourOf()
    expect(fromRiskArea.colour).toBe('yellow')
    expect(fromRiskArea.reasons).toEqual([
      expect.objectContaining({ rule: 'risk_area', zh: '2020-01-30从湖北省来，观察期至2020-02-12' }),
    ])
    expect((await worker.get(`/api/v1/people/${person.id}`)).json().keyPerson).toBe(true)

    const medic = await t.as('medic', tree.communityA)
    expect(
      (
        await medic.request({
          method: 'PUT',
          url: `/api/v1/colours/${person.id}/case-status`,
          payload: { status: 'suspected' },
        })
      ).statusCode,
    ).toBe(200)
    const red = await colourOf()
    expect(red.colour).toBe('red')
    expect(red.reasons.map((r: { zh: string }) => r.zh)).toEqual([
      '疑似病例',
      '2020-01-30从湖北省来，观察期至2020-02-12',
    ])
    expect(red.history.map((h: { colour: string }) => h.colour)).toEqual([
      'red',
      'yellow',
      'green',
      'yellow',
      'green',
      'yellow',
    ])
    expect(red.history[0].cause).toBe('case_status')
  })

  it('publishes the rules, edits them as a new version, and refuses unknown facts and stale edits', async () => {
    const published = await t.app.inject({ method: 'GET', url: '/api/v1/colour-rules' })
    expect(published.statusCode).toBe(200)
    const rules = published.json()
    expect(rules.version).toBe(0)
    expect(rules.facts.map((f: { name: string }) => f.name)).toEqual(
      expect.arrayContaining([
        'case_status',
        'under_observation',
        'from_risk_area',
        'fever_within_hours',
        'no_declaration',
      ]),
    )
    const admin = await t.as('admin', t.top)
    const put = (body: object) => admin.request({ method: 'PUT', url: '/api/v1/colour-rules', payload: body })
    const unknown = await put({
      baseVersion: 0,
      green: rules.green,
      rules: [{ id: 'x', fact: 'astrology', colour: 'red', reason: { zh: '星象', en: 'stars' } }],
    })
    expect(unknown.json().error.code).toBe('RULE_UNKNOWN_FACT')
    // Contact with a case becomes red in version 1.
    const edited = rules.rules.map((r: { id: string }) => (r.id === 'contact' ? { ...r, colour: 'red' } : r))
    const saved = await put({ baseVersion: 0, green: rules.green, rules: edited, note: '密接转红码' })
    expect(saved.statusCode).toBe(200)
    expect(saved.json().version).toBe(1)
    expect((await put({ baseVersion: 0, green: rules.green, rules: edited })).json().error.code).toBe(
      'RULE_VERSION_CONFLICT',
    )
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id)
    await declare(worker, person.id, { contactWithCases: true })
    const colour = (await worker.get(`/api/v1/colours/${person.id}`)).json()
    expect(colour).toMatchObject({ colour: 'red', rulesVersion: 1, reasons: [{ rule: 'contact' }] })
    const versions = (await worker.get('/api/v1/colour-rules/versions')).json()
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1])
    // the history says who published each version and why
    expect(versions[0]).toMatchObject({ note: '密接转红码', createdBy: admin.username })
    expect(
      (
        await worker.request({
          method: 'PUT',
          url: '/api/v1/colour-rules',
          payload: { baseVersion: 1, green: rules.green, rules: [] },
        })
      ).statusCode,
    ).toBe(403)
  })

  it('refuses a manual colour change without a second approver, and applies an approved one', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id)
    await declare(worker, person.id)
    const asked = await officer.post(`/api/v1/colours/${person.id}/changes`, {
      colour: 'red',
      reason: '流调发现同乘密接',
    })
    expect(asked.statusCode).toBe(201)
    const self = await officer.post(`/api/v1/colour-changes/${asked.json().id}/approve`)
    expect(self.statusCode).toBe(403)
    expect(self.json().error.code).toBe('COLOUR_CHANGE_SELF_APPROVAL')
    expect((await worker.post(`/api/v1/colour-changes/${asked.json().id}/approve`)).statusCode).toBe(403) // no colour:approve
    expect((await worker.get(`/api/v1/colours/${person.id}`)).json().colour).toBe('green')

    const pending = (await worker.get('/api/v1/colour-changes?status=pending')).json()
    expect(pending.map((c: { id: string }) => c.id)).toContain(asked.json().id)
    // the approver sees who asked, by name
    expect(pending.find((c: { id: string }) => c.id === asked.json().id).requestedByName).toBe(
      officer.username,
    )
    const second = await t.as('street_officer', tree.streetA)
    const approved = await second.post(`/api/v1/colour-changes/${asked.json().id}/approve`)
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: second.userId })
    expect((await worker.get(`/api/v1/colours/${person.id}`)).json()).toMatchObject({
      colour: 'red',
      reasons: [{ rule: 'manual', zh: '人工调整：流调发现同乘密接' }],
    })
    expect((await second.post(`/api/v1/colour-changes/${asked.json().id}/reject`)).json().error.code).toBe(
      'COLOUR_CHANGE_NOT_PENDING',
    )
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'actor_id'])
      .where('entity_id', '=', person.id)
      .where('action', 'like', 'colour.%')
      .orderBy('seq')
      .execute()
    expect(audit).toEqual([
      { action: 'colour.change_request', actor_id: officer.userId },
      { action: 'colour.change_approve', actor_id: second.userId },
    ])
    const otherStreet = await t.as('street_officer', tree.streetB)
    expect((await otherStreet.post(`/api/v1/colour-changes/${asked.json().id}/approve`)).statusCode).toBe(404)
  })
})
