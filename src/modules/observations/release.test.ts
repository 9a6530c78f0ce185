import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { advanceClock, now, setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { raiseMissedSlotAlerts } from './alerts.service.js'
import { observationCounts } from './counts.js'
import { evaluateColour } from '../passes/index.js'
import { isUnderObservation } from './observations.service.js'
import { setLocalClock, team } from './observations.test-helpers.js'

describe.each(dialects)('rounds, release and counts on %s', (dialect) => {
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

  const open = async (personId: string, extra: object = {}) => {
    const admin = await t.as('admin', t.top)
    const res = await admin.post('/api/v1/observations', { personId, reason: '自湖北返回', ...extra })
    expect(res.statusCode).toBe(201)
    return res.json().id as string
  }

  it('raises a missed-slot alert at the end of the slot, once, and only for people due in it', async () => {
    const a = await team(t, tree.streetA.id, tree.communityA.id)
    setLocalClock('2020-02-03 05:00')
    const missed = await makePerson(t.db, tree.compoundA.id, { name: '漏测者' })
    const measured = await makePerson(t.db, tree.compoundA.id, { name: '已测者' })
    const missedId = await open(missed.id, { team: a.ids })
    const measuredId = await open(measured.id, { team: a.ids })
    setLocalClock('2020-02-03 10:00')
    const late = await makePerson(t.db, tree.compoundA.id, { name: '上午晚到者' })
    await open(late.id, { team: a.ids })
    await (await a.medic.client()).post(`/api/v1/observations/${measuredId}/readings`, { temperature: 36.5 })

    setLocalClock('2020-02-03 11:59')
    expect(await raiseMissedSlotAlerts(t.db, now())).toBe(0)
    advanceClock(60_000) // 12:00, the end of the morning slot
    expect(await raiseMissedSlotAlerts(t.db, now())).toBe(1)
    expect(await raiseMissedSlotAlerts(t.db, now())).toBe(0) // the job runs often: one alert per slot

    const alerts = (
      await (await a.worker.client()).get('/api/v1/observation-alerts?mine=true&status=open')
    ).json()
    expect(alerts.filter((x: { kind: string }) => x.kind === 'missed_slot')).toEqual([
      expect.objectContaining({
        observationId: missedId,
        personName: '漏测者',
        date: '2020-02-03',
        slot: 'am',
      }),
    ])
  })

  it('refuses release before the end date and after an abnormal reading, allows it after 24 normal hours', async () => {
    const a = await team(t, tree.streetA.id, tree.communityA.id)
    setLocalClock('2020-02-01 05:00')
    const person = await makePerson(t.db, tree.compoundA.id)
    const id = await open(person.id, { team: a.ids })
    const read = async (when: string, temperature: number) => {
      setLocalClock(when)
      const medic = await a.medic.client()
      expect((await medic.post(`/api/v1/observations/${id}/readings`, { temperature })).statusCode).toBe(201)
      return medic
    }
    let medic = await read('2020-02-14 09:00', 36.5)
    const early = await medic.post(`/api/v1/observations/${id}/release`, {})
    expect(early.statusCode).toBe(409)
    expect(early.json().error).toMatchObject({
      code: 'RELEASE_TOO_EARLY',
      message: '观察期未满，2020-02-15 起方可解除',
    })

    medic = await read('2020-02-15 09:00', 37.6)
    expect((await medic.post(`/api/v1/observations/${id}/release`, {})).json().error.code).toBe(
      'RELEASE_ABNORMAL_READINGS',
    )
    medic = await read('2020-02-15 16:00', 36.6)
    expect((await medic.post(`/api/v1/observations/${id}/release`, {})).json().error.code).toBe(
      'RELEASE_ABNORMAL_READINGS',
    )

    medic = await read('2020-02-16 09:30', 36.4)
    const done = await medic.post(`/api/v1/observations/${id}/release`, { note: '期满，体温正常' })
    expect(done.statusCode).toBe(200)
    expect(done.json()).toMatchObject({
      status: 'released',
      releasedOn: '2020-02-16',
      releaseNote: '期满，体温正常',
      day: 16,
      of: 14,
    })
    expect(await isUnderObservation(t.db, person.id)).toBe(false)
    const reasons = (await evaluateColour(t.db, person.id)).reasons.map((r) => r.rule)
    expect(reasons).not.toContain('observation') // the pass colour follows the release
    expect((await medic.post(`/api/v1/observations/${id}/release`, {})).json().error.code).toBe(
      'OBSERVATION_NOT_OPEN',
    )
    // a worker may not release: that is the medic's decision
    expect((await (await a.worker.client()).post(`/api/v1/observations/${id}/release`, {})).statusCode).toBe(
      403,
    )
  })

  it('extends with a reason and bulk-releases the day’s due people who pass the checks', async () => {
    const community = await createRegionDirect(t.db, tree.streetB.id, 'community', '批量社区')
    setLocalClock('2020-02-01 05:00')
    const [ok, fever, extended, silent] = [
      await open((await makePerson(t.db, community.id, { name: '正常' })).id),
      await open((await makePerson(t.db, community.id, { name: '发热' })).id),
      await open((await makePerson(t.db, community.id, { name: '延期' })).id),
      await open((await makePerson(t.db, community.id, { name: '无记录' })).id),
    ]
    setLocalClock('2020-02-15 08:00')
    const medic = await t.as('medic', community)
    for (const [id, temperature] of [
      [ok, 36.5],
      [fever, 37.8],
      [extended, 36.5],
    ] as const)
      await medic.post(`/api/v1/observations/${id}/readings`, { temperature })
    const ext = await medic.post(`/api/v1/observations/${extended}/extend`, {
      days: 7,
      reason: '家属确诊，延长观察',
    })
    expect(ext.json()).toMatchObject({ endsOn: '2020-02-22', of: 21 })
    expect((await medic.get(`/api/v1/observations/${extended}`)).json().extensions).toEqual([
      expect.objectContaining({ from: '2020-02-15', to: '2020-02-22', reason: '家属确诊，延长观察' }),
    ])

    const due = (await medic.get(`/api/v1/observations/due?regionId=${community.id}`)).json()
    expect(
      due
        .map((d: { observation: { personName: string }; problem: string | null }) => [
          d.observation.personName,
          d.problem,
        ])
        .sort(),
    ).toEqual(
      [
        ['发热', 'RELEASE_ABNORMAL_READINGS'],
        ['无记录', 'RELEASE_NO_RECENT_READINGS'],
        ['正常', null],
      ].sort(),
    )
    const bulk = (await medic.post('/api/v1/observations/release-due', { regionId: community.id })).json()
    expect(bulk.released).toEqual([ok])
    expect(bulk.refused).toEqual(
      expect.arrayContaining([
        { id: fever, code: 'RELEASE_ABNORMAL_READINGS' },
        { id: silent, code: 'RELEASE_NO_RECENT_READINGS' },
      ]),
    )
  })

  it('counts as of a past date from the records, unchanged by later ones', async () => {
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '计数社区')
    const x = await createRegionDirect(t.db, community.id, 'compound', '甲小区')
    const y = await createRegionDirect(t.db, community.id, 'compound', '乙小区')
    setLocalClock('2020-02-01 05:00')
    const p1 = await open((await makePerson(t.db, x.id)).id)
    await open((await makePerson(t.db, y.id)).id)
    setLocalClock('2020-02-03 05:00')
    await open((await makePerson(t.db, x.id)).id)
    const past = await observationCounts(t.db, { asOf: '2020-02-03', withinPath: community.path })
    expect(past).toMatchObject({ cumulative: 3, released: 0, current: 3, newToday: 1, releasedToday: 0 })
    expect(past.compounds.map((c) => [c.name, c.cumulative])).toEqual([
      ['甲小区', 2],
      ['乙小区', 1],
    ])
    expect(past.communities).toEqual([expect.objectContaining({ name: '计数社区', cumulative: 3 })])

    setLocalClock('2020-02-16 09:00')
    const medic = await t.as('medic', community)
    await medic.post(`/api/v1/observations/${p1}/readings`, { temperature: 36.5 })
    expect((await medic.post(`/api/v1/observations/${p1}/release`, {})).statusCode).toBe(200)
    await open((await makePerson(t.db, y.id)).id)

    expect(await observationCounts(t.db, { asOf: '2020-02-03', withinPath: community.path })).toEqual(past)
    const later = (
      await medic.get(`/api/v1/observations/counts?asOf=2020-02-16&regionId=${community.id}`)
    ).json()
    expect(later).toMatchObject({ cumulative: 4, released: 1, current: 3, newToday: 1, releasedToday: 1 })
    const today = (await medic.get(`/api/v1/observations/counts?regionId=${community.id}`)).json()
    expect(today).toEqual(later)
  })
})
