import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { evaluateColour } from '../passes/index.js'
import { recordSelfReading } from './readings.service.js'
import { isUnderObservation } from './observations.service.js'
import { setLocalClock, staff, team } from './observations.test-helpers.js'
import { observationsMigrations } from './observations.migrations.js'

describe.each(dialects)('home observation on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  beforeEach(() => setLocalClock('2020-02-01 08:00'))
  afterAll(async () => {
    setClock(undefined)
    await t.close()
  })

  it('opens one observation per person: day 1 of 14, the colour is told, a second is refused', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id)
    const res = await worker.post('/api/v1/observations', { personId: person.id, reason: '自武汉返榕' })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({
      startsOn: '2020-02-01',
      endsOn: '2020-02-15',
      day: 1,
      of: 14,
      status: 'open',
    })
    // the pass colour was told at once: the history records the change with its cause
    const history = await t.db
      .selectFrom('colour_history')
      .select(['colour', 'cause'])
      .where('person_id', '=', person.id)
      .execute()
    expect(history).toContainEqual({ colour: 'yellow', cause: 'observation.open' })
    expect(await isUnderObservation(t.db, person.id)).toBe(true)

    const again = await worker.post('/api/v1/observations', { personId: person.id, reason: '重复', days: 7 })
    expect(again.statusCode).toBe(409)
    expect(again.json().error).toMatchObject({
      code: 'OBSERVATION_ALREADY_OPEN',
      message: '此人正在居家医学观察中，不能重复开始',
    })

    setLocalClock('2020-02-05 09:00')
    const page = (
      await (await t.as('medic', tree.communityA)).get(`/api/v1/observations/${res.json().id}`)
    ).json()
    expect(page.observation).toMatchObject({ day: 5, of: 14 })
    expect(page.person.name).toBe('测试人员')
  })

  it('refuses a team with the same person twice or a wrong role, and keeps the history of changes', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const person = await makePerson(t.db, tree.compoundA.id)
    const a = await team(t, tree.streetA.id, tree.communityA.id)
    const same = await worker.post('/api/v1/observations', {
      personId: person.id,
      reason: '密切接触者',
      team: { ...a.ids, workerId: a.medic.id },
    })
    expect(same.statusCode).toBe(400)
    expect(same.json().error.code).toBe('TEAM_SAME_PERSON_TWICE')
    expect(await isUnderObservation(t.db, person.id)).toBe(false) // nothing half-written

    const wrongRole = await worker.post('/api/v1/observations', {
      personId: person.id,
      reason: '密切接触者',
      team: { ...a.ids, medicId: a.worker.id, workerId: a.medic.id },
    })
    expect(wrongRole.json().error).toMatchObject({
      code: 'TEAM_ROLE_MISMATCH',
      message: '医护人员的账号角色不符（应为医护）',
    })

    const opened = await worker.post('/api/v1/observations', {
      personId: person.id,
      reason: '密切接触者',
      team: a.ids,
    })
    expect(opened.statusCode).toBe(201)
    const id = opened.json().id
    const b = await team(t, tree.streetA.id, tree.communityA.id)
    const twice = await worker.request({
      method: 'PUT',
      url: `/api/v1/observations/${id}/team`,
      payload: { ...b.ids, officerId: b.worker.id },
    })
    expect(twice.json().error.code).toBe('TEAM_SAME_PERSON_TWICE')
    const outside = await team(t, tree.streetB.id, tree.communityB.id)
    const far = await worker.request({
      method: 'PUT',
      url: `/api/v1/observations/${id}/team`,
      payload: { ...b.ids, medicId: outside.medic.id },
    })
    // a medic of another street is outside the worker's scope: 404, as any record out of scope
    expect(far.statusCode).toBe(404)
    const change = await worker.request({
      method: 'PUT',
      url: `/api/v1/observations/${id}/team`,
      payload: { ...b.ids, reason: '医护轮换' },
    })
    expect(change.statusCode).toBe(200)
    const { team: history } = (await worker.get(`/api/v1/observations/${id}`)).json()
    expect(history).toHaveLength(2)
    expect(history[0]).toMatchObject({ medic: { id: b.medic.id }, to: null, reason: '医护轮换' })
    expect(history[1].medic.id).toBe(a.medic.id)
    expect(history[1].to).not.toBeNull()
  })

  it('raises a fever alert to the team and the community supervisors, not for a normal reading', async () => {
    const admin = await t.as('admin', t.top)
    const supervisor = await t.as('community_worker', tree.communityA)
    const put = await admin.request({
      method: 'PUT',
      url: `/api/v1/observation-supervisors/${tree.communityA.id}`,
      payload: { userIds: [supervisor.userId] },
    })
    expect(put.json()).toEqual([expect.objectContaining({ id: supervisor.userId })])
    // a worker of another street is outside a street officer's scope: 404, and the list stays
    const officer = await t.as('street_officer', tree.streetA)
    const far = await t.as('community_worker', tree.communityB)
    const refused = await officer.request({
      method: 'PUT',
      url: `/api/v1/observation-supervisors/${tree.communityA.id}`,
      payload: { userIds: [far.userId] },
    })
    expect(refused.statusCode).toBe(404)
    const kept = await officer.get(`/api/v1/observation-supervisors/${tree.communityA.id}`)
    expect(kept.json()).toEqual([expect.objectContaining({ id: supervisor.userId })])
    const a = await team(t, tree.streetA.id, tree.communityA.id)
    const person = await makePerson(t.db, tree.compoundA.id, { name: '陈发热' })
    const id = (
      await admin.post('/api/v1/observations', { personId: person.id, reason: '自湖北返回', team: a.ids })
    ).json().id

    const medic = await a.medic.client()
    const normal = await medic.post(`/api/v1/observations/${id}/readings`, { temperature: 36.6 })
    expect(normal.statusCode).toBe(201)
    expect(normal.json()).toMatchObject({
      reading: { slot: 'am', date: '2020-02-01', abnormal: false },
      alerts: [],
    })
    const fever = await medic.post(`/api/v1/observations/${id}/readings`, {
      temperature: 37.3,
      symptoms: ['咳嗽', '乏力'],
    })
    // one reading, one alert, every reason on it
    expect(fever.json().alerts).toEqual(['fever'])

    const mine = (
      await (await a.worker.client()).get('/api/v1/observation-alerts?mine=true&status=active')
    ).json()
    expect(
      mine.map((x: { kind: string; personName: string; symptoms: string[] }) => [
        x.kind,
        x.personName,
        x.symptoms,
      ]),
    ).toEqual([['fever', '陈发热', ['咳嗽', '乏力']]])
    const sup = (await supervisor.get('/api/v1/observation-alerts?mine=true')).json()
    expect(sup.find((x: { kind: string }) => x.kind === 'fever')).toMatchObject({
      temperature: 37.3,
      personName: '陈发热',
    })
    const bystander = await t.as('community_worker', tree.communityA)
    expect((await bystander.get('/api/v1/observation-alerts?mine=true')).json()).toEqual([])

    const alertId = sup.find((x: { kind: string }) => x.kind === 'fever').id
    expect((await supervisor.post(`/api/v1/observation-alerts/${alertId}/acknowledge`)).json().status).toBe(
      'acknowledged',
    )
    const closed = await medic.post(`/api/v1/observation-alerts/${alertId}/close`, {
      note: '复测36.8，已电话随访',
    })
    expect(closed.json()).toMatchObject({ status: 'closed', note: '复测36.8，已电话随访' })
    expect(
      (await medic.post(`/api/v1/observation-alerts/${alertId}/close`, { note: '再次' })).json().error.code,
    ).toBe('ALERT_ALREADY_CLOSED')
  })

  it('refuses an implausible temperature and a reading before the observation began', async () => {
    const admin = await t.as('admin', t.top)
    const person = await makePerson(t.db, tree.compoundA.id)
    const id = (
      await admin.post('/api/v1/observations', { personId: person.id, reason: '自温州返回' })
    ).json().id
    expect(
      (await admin.post(`/api/v1/observations/${id}/readings`, { temperature: 45 })).json().error.code,
    ).toBe('VALIDATION_FAILED')
    const early = await admin.post(`/api/v1/observations/${id}/readings`, {
      temperature: 36.5,
      date: '2020-01-30',
      slot: 'pm',
    })
    expect(early.json().error.code).toBe('READING_DATE_OUTSIDE_PERIOD')
  })

  it('lists a team member’s round in walking order by building, then by room', async () => {
    const admin = await t.as('admin', t.top)
    const a = await team(t, tree.streetA.id, tree.communityA.id)
    const b2 = await createRegionDirect(t.db, tree.compoundA.id, 'building', '2号楼')
    const b1 = await createRegionDirect(t.db, tree.compoundA.id, 'building', '1号楼')
    const people = [
      await makePerson(t.db, b2.id, { name: '丙', address: '2号楼101' }),
      await makePerson(t.db, b1.id, { name: '乙', address: '1号楼1002' }),
      await makePerson(t.db, b1.id, { name: '甲', address: '1号楼202' }),
    ]
    for (const p of people)
      await admin.post('/api/v1/observations', { personId: p.id, reason: '自湖北返回', team: a.ids })
    const medic = await a.medic.client()
    const round = (await medic.get('/api/v1/observations/rounds')).json()
    const b1First = b1.path < b2.path
    const expected = b1First ? ['甲', '乙', '丙'] : ['丙', '甲', '乙']
    expect(round.items.map((i: { personName: string }) => i.personName)).toEqual(expected)
    expect(round).toMatchObject({ date: '2020-02-01', slot: 'am' })
    const first = round.items[0]
    await medic.post(`/api/v1/observations/${first.observationId}/readings`, { temperature: 36.4 })
    const after = (await medic.get('/api/v1/observations/rounds')).json()
    expect(after.items[0].am).toMatchObject({ temperature: 36.4 })
    expect(after.items[1].am).toBeNull()
  })
  it('turns the pass yellow while observed and takes the resident’s own report, marked as such', async () => {
    const admin = await t.as('admin', t.top)
    const person = await makePerson(t.db, tree.compoundA.id)
    const rules = async () => (await evaluateColour(t.db, person.id)).reasons.map((r) => r.rule)
    expect(await rules()).not.toContain('observation')
    await expect(recordSelfReading(t.db, person.id, { temperature: 36.5 })).rejects.toMatchObject({
      code: 'NOT_UNDER_OBSERVATION',
    })
    const id = (
      await admin.post('/api/v1/observations', { personId: person.id, reason: '密切接触者' })
    ).json().id
    expect(await rules()).toContain('observation')
    expect((await evaluateColour(t.db, person.id)).colour).not.toBe('green')

    const own = await t.db
      .transaction()
      .execute((trx) => recordSelfReading(trx, person.id, { temperature: 37.9 }))
    expect(own).toMatchObject({
      reading: { selfReported: true, takenBy: null, temperature: 37.9 },
      alerts: ['fever'],
    })
    const page = (await admin.get(`/api/v1/observations/${id}`)).json()
    expect(page.readings).toEqual([expect.objectContaining({ selfReported: true, abnormal: true })])
    expect(page.alerts).toEqual([expect.objectContaining({ kind: 'fever', temperature: 37.9 })])
  })

  it('filters the list by day of period, team member and open alerts', async () => {
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '筛选社区')
    const officer = await t.as('street_officer', tree.streetA)
    const a = await team(t, tree.streetA.id, community.id)
    setLocalClock('2020-02-01 08:00')
    const early = (
      await officer.post('/api/v1/observations', {
        personId: (await makePerson(t.db, community.id)).id,
        reason: '甲',
        team: a.ids,
      })
    ).json().id
    setLocalClock('2020-02-03 08:00')
    // two days on, yesterday's session has lapsed: sign in again
    const later = await t.as('street_officer', tree.streetA)
    const late = (
      await later.post('/api/v1/observations', {
        personId: (await makePerson(t.db, community.id)).id,
        reason: '乙',
      })
    ).json().id
    await later.post(`/api/v1/observations/${late}/readings`, { temperature: 38.5 })
    const ids = async (qs: string) => {
      const res = await later.get(`/api/v1/observations?regionId=${community.id}&${qs}`)
      expect(res.statusCode, res.body).toBe(200)
      return res.json().items.map((o: { id: string }) => o.id)
    }
    expect(await ids('day=3')).toEqual([early])
    expect(await ids('day=1')).toEqual([late])
    expect(await ids(`memberId=${a.medic.id}`)).toEqual([early])
    expect(await ids('withOpenAlerts=true')).toEqual([late])
    expect((await ids('status=open')).sort()).toEqual([early, late].sort())
  })

  it('names the symptoms on a symptoms-only alert; the migration folds stored pairs into one', async () => {
    const admin = await t.as('admin', t.top)
    const person = await makePerson(t.db, tree.compoundA.id, { name: '林咳嗽' })
    const id = (
      await admin.post('/api/v1/observations', { personId: person.id, reason: '密切接触者' })
    ).json().id
    const res = await admin.post(`/api/v1/observations/${id}/readings`, {
      temperature: 36.8,
      symptoms: ['咽痛'],
    })
    expect(res.json().alerts).toEqual(['symptoms'])
    const page = (await admin.get(`/api/v1/observations/${id}`)).json()
    expect(page.alerts).toEqual([expect.objectContaining({ kind: 'symptoms', symptoms: ['咽痛'] })])

    // data from before: one feverish reading with two alerts, the symptoms one already closed
    setLocalClock('2020-02-01 20:00')
    const evening = await t.as('admin', t.top)
    const fever = await evening.post(`/api/v1/observations/${id}/readings`, {
      temperature: 38.1,
      symptoms: ['咳嗽'],
    })
    const readingId = fever.json().reading.id
    const stored = await t.db
      .selectFrom('observation_alert')
      .selectAll()
      .where('reading_id', '=', readingId)
      .executeTakeFirstOrThrow()
    await t.db
      .insertInto('observation_alert')
      .values({
        ...stored,
        id: `${stored.id.slice(0, -4)}ffff`,
        kind: 'symptoms',
        status: 'closed',
        closed_at: stored.raised_at,
        acknowledged_at: stored.raised_at,
        note: '已随访',
      })
      .execute()
    await observationsMigrations['2026-12-07-10-one-alert-per-reading'].up(t.db)
    const after = await t.db
      .selectFrom('observation_alert')
      .select(['kind', 'status', 'note'])
      .where('reading_id', '=', readingId)
      .execute()
    expect(after).toEqual([{ kind: 'fever', status: 'closed', note: '已随访' }])
    // the symptoms-only alert of the morning is left alone
    const all = (await evening.get(`/api/v1/observations/${id}`)).json().alerts
    expect(all.map((a: { kind: string; symptoms: string[] }) => [a.kind, a.symptoms]).sort()).toEqual([
      ['fever', ['咳嗽']],
      ['symptoms', ['咽痛']],
    ])
  })

  it('shows the whole scope’s rounds today to those who oversee them', async () => {
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '进度社区')
    const other = await createRegionDirect(t.db, tree.streetA.id, 'community', '别的社区')
    setLocalClock('2020-02-01 08:00')
    const officer = await t.as('street_officer', tree.streetA)
    const ids: string[] = []
    for (let i = 0; i < 3; i++)
      ids.push(
        (
          await officer.post('/api/v1/observations', {
            personId: (await makePerson(t.db, community.id)).id,
            reason: '密切接触者',
          })
        ).json().id,
      )
    await officer.post('/api/v1/observations', {
      personId: (await makePerson(t.db, other.id)).id,
      reason: '密切接触者',
    })
    await officer.post(`/api/v1/observations/${ids[0]}/readings`, { temperature: 36.5 })
    await officer.post(`/api/v1/observations/${ids[1]}/readings`, { temperature: 38.2, symptoms: ['乏力'] })
    const worker = await t.as('community_worker', community)
    const res = await worker.get('/api/v1/observations/progress')
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toEqual({
      date: '2020-02-01',
      slot: 'am',
      underObservation: 3,
      amTaken: 2,
      pmTaken: 0,
      dueNow: 1,
      activeAlerts: 1,
    })
    // a region outside the worker's scope is not found
    expect((await worker.get(`/api/v1/observations/progress?regionId=${other.id}`)).statusCode).toBe(404)
    const street = (await officer.get(`/api/v1/observations/progress?regionId=${other.id}`)).json()
    expect(street).toMatchObject({ underObservation: 1, amTaken: 0, dueNow: 1, activeAlerts: 0 })
  })

  it('filters by a team member above the actor, and answers 404 for an account elsewhere', async () => {
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '成员社区')
    const officer = await t.as('street_officer', tree.streetA)
    const a = await team(t, tree.streetA.id, community.id)
    const id = (
      await officer.post('/api/v1/observations', {
        personId: (await makePerson(t.db, community.id)).id,
        reason: '甲',
        team: a.ids,
      })
    ).json().id
    const worker = await t.as('community_worker', community)
    const listed = async (memberId: string) => {
      const res = await worker.get(`/api/v1/observations?memberId=${memberId}`)
      return res.statusCode === 200 ? res.json().items.map((o: { id: string }) => o.id) : res.statusCode
    }
    // the street officer's scope is above the worker's, but the team lists show them
    expect(await listed(a.officer.id)).toEqual([id])
    expect(await listed(a.medic.id)).toEqual([id])
    // a medic of the other street is on no team the worker sees: as if there were no such account
    const elsewhere = await staff(t, 'medic', tree.streetB.id)
    expect(await listed(elsewhere.id)).toBe(404)
    expect(await listed('00000000-0000-4000-8000-000000000000')).toBe(404)
  })
})
