import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { createUserDirect } from '../auth/auth.fixtures.js'
import { hotlineCounts } from './index.js'

const call = (regionId: string, over: Record<string, unknown> = {}) => ({
  regionId,
  startedAt: '2020-02-10T02:30:00.000Z', // 10:30 in Fuzhou
  durationMinutes: 25,
  channel: 'phone',
  category: 'quarantine',
  riskLevel: 'low',
  followUp: false,
  ...over,
})

describe.each(dialects)('psychological hotline on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('shows the hours of each local day that no expert covers', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const a = await createUserDirect(t.db, {
      role: 'social_worker',
      scopeRegionId: tree.streetA.id,
      displayName: '林老师',
    })
    const b = await createUserDirect(t.db, {
      role: 'medic',
      scopeRegionId: tree.communityA.id,
      displayName: '陈医生',
    })
    const shift = (expertId: string, startsAt: string, endsAt: string) =>
      officer.post('/api/v1/hotline/shifts', { regionId: tree.streetA.id, expertId, startsAt, endsAt })
    // Beijing time: 9 Feb 00:00–08:00 (A), 08:00–20:00 (B), and 10 Feb 08:00–20:00 (B)
    expect((await shift(a.id, '2020-02-08T16:00:00.000Z', '2020-02-09T00:00:00.000Z')).statusCode).toBe(201)
    expect((await shift(b.id, '2020-02-09T00:00:00.000Z', '2020-02-09T12:00:00.000Z')).statusCode).toBe(201)
    expect((await shift(b.id, '2020-02-10T00:00:00.000Z', '2020-02-10T12:00:00.000Z')).statusCode).toBe(201)
    const busy = await shift(b.id, '2020-02-09T11:00:00.000Z', '2020-02-09T13:00:00.000Z')
    expect(busy.json().error.code).toBe('HOTLINE_EXPERT_BUSY')

    const res = await officer.get(
      `/api/v1/hotline/coverage?regionId=${tree.streetA.id}&from=2020-02-09&days=2`,
    )
    expect(res.statusCode).toBe(200)
    const [day9, day10] = res.json().days
    expect(day9.date).toBe('2020-02-09')
    expect(day9.gaps).toEqual([{ from: '2020-02-09T12:00:00.000Z', to: '2020-02-09T16:00:00.000Z' }])
    expect(day9.uncoveredMinutes).toBe(4 * 60)
    expect(day9.shifts.map((s: { expertName: string }) => s.expertName)).toEqual(['林老师', '陈医生'])
    expect(day10.gaps).toEqual([
      { from: '2020-02-09T16:00:00.000Z', to: '2020-02-10T00:00:00.000Z' },
      { from: '2020-02-10T12:00:00.000Z', to: '2020-02-10T16:00:00.000Z' },
    ])

    // filling the evening closes the 9 February gap
    const c = await createUserDirect(t.db, { role: 'social_worker', scopeRegionId: tree.streetA.id })
    await shift(c.id, '2020-02-09T12:00:00.000Z', '2020-02-09T16:00:00.000Z')
    const after = (
      await officer.get(`/api/v1/hotline/coverage?regionId=${tree.streetA.id}&from=2020-02-09`)
    ).json()
    expect(after.days[0].gaps).toEqual([])
  })

  it('rosters only experts, inside the scope', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const worker = await createUserDirect(t.db, { role: 'grid_member', scopeRegionId: tree.streetA.id })
    const outsider = await createUserDirect(t.db, { role: 'social_worker', scopeRegionId: tree.streetB.id })
    const body = (expertId: string) => ({
      regionId: tree.streetA.id,
      expertId,
      startsAt: '2020-03-01T00:00:00.000Z',
      endsAt: '2020-03-01T08:00:00.000Z',
    })
    expect((await officer.post('/api/v1/hotline/shifts', body(worker.id))).json().error.code).toBe(
      'HOTLINE_NOT_AN_EXPERT',
    )
    expect((await officer.post('/api/v1/hotline/shifts', body(outsider.id))).statusCode).toBe(404)
    const experts = (await officer.get('/api/v1/hotline/experts')).json()
    expect(experts.map((e: { id: string }) => e.id)).not.toContain(outsider.id)
    expect(experts.every((e: { role: string }) => ['social_worker', 'medic'].includes(e.role))).toBe(true)
  })

  it('records calls without a caller, insists on follow-up for high risk, and counts as of a date', async () => {
    const expert = await t.as('social_worker', tree.communityA)
    const first = await expert.post('/api/v1/hotline/calls', call(tree.communityA.id))
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({ date: '2020-02-10', takenBy: expert.userId, followUp: false })
    const risky = await expert.post(
      '/api/v1/hotline/calls',
      call(tree.communityA.id, { riskLevel: 'crisis' }),
    )
    expect(risky.json().error.code).toBe('HOTLINE_HIGH_RISK_UNHANDLED')
    const referred = await expert.post(
      '/api/v1/hotline/calls',
      call(tree.communityA.id, {
        riskLevel: 'high',
        category: 'grief',
        referral: '福州市第四医院',
        startedAt: '2020-02-10T17:00:00.000Z',
      }),
    )
    expect(referred.json().date).toBe('2020-02-11') // 01:00 Beijing time on the 11th
    const followed = await expert.patch(`/api/v1/hotline/calls/${first.json().id}`, {
      riskLevel: 'high',
      followUp: true,
      followUpNote: '次日回访',
    })
    expect(followed.json()).toMatchObject({ riskLevel: 'high', followUp: true })

    const asOf10 = (await expert.get('/api/v1/hotline/counts?asOf=2020-02-10')).json()
    expect(asOf10).toMatchObject({ calls: 1, callsToday: 1, minutes: 25, followUps: 1, referrals: 0 })
    expect(asOf10.byRisk).toMatchObject({ high: 1, low: 0 })
    const asOf11 = await hotlineCounts(t.db, { asOf: '2020-02-11', withinPath: tree.streetA.path })
    expect(asOf11).toMatchObject({ calls: 2, referrals: 1, byCategory: { grief: 1, quarantine: 1 } })
    expect((await hotlineCounts(t.db, { asOf: '2020-02-11', withinPath: tree.streetB.path })).calls).toBe(0)
    const other = await t.as('social_worker', tree.communityB)
    expect((await other.get(`/api/v1/hotline/calls/${first.json().id}`)).statusCode).toBe(404)
    expect((await other.get('/api/v1/hotline/calls')).json().total).toBe(0)
  })
})
