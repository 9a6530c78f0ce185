import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { createUserDirect } from '../auth/auth.fixtures.js'

// 2026-12-01 in Asia/Shanghai begins at 2026-11-30T16:00Z; "h(n)" is local hour n of that day.
const h = (n: number) => new Date(Date.UTC(2026, 10, 30, 16) + n * 3_600_000).toISOString()

describe.each(dialects)('rosters on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  async function setUp() {
    const worker = await t.as('community_worker', tree.communityA)
    const gate = (
      await worker.post('/api/v1/checkpoints', {
        regionId: tree.compoundA.id,
        type: 'compound',
        name: `东门${Math.random()}`,
      })
    ).json()
    const staff = await Promise.all(
      [1, 2, 3].map(() =>
        createUserDirect(t.db, { role: 'checkpoint_staff', scopeRegionId: tree.compoundA.id }),
      ),
    )
    return { worker, gate, staff }
  }

  it('shows every hour of the day nobody covers, and lists the checkpoint among the gaps', async () => {
    const { worker, gate, staff } = await setUp()
    const add = (i: number, from: number, to: number) =>
      worker.post(`/api/v1/checkpoints/${gate.id}/shifts`, {
        staffUserId: staff[i].id,
        startsAt: h(from),
        endsAt: h(to),
      })
    expect((await add(0, 0, 8)).statusCode).toBe(201)
    expect((await add(1, 8, 15)).statusCode).toBe(201)
    // 15:00–15:30 is left open: the hour 15 counts as not covered
    expect((await add(2, 15.5, 24)).statusCode).toBe(201)
    const roster = (await worker.get(`/api/v1/checkpoints/${gate.id}/roster?from=2026-12-01&days=1`)).json()
    expect(roster.shifts).toHaveLength(3)
    expect(roster.gaps).toEqual([{ from: h(15), to: h(15.5) }])
    expect(roster.uncoveredHours).toEqual([h(15)])

    const week = (await worker.get(`/api/v1/checkpoints/${gate.id}/roster?from=2026-12-01&days=2`)).json()
    expect(week.gaps).toEqual([
      { from: h(15), to: h(15.5) },
      { from: h(24), to: h(48) },
    ])
    expect(week.uncoveredHours).toHaveLength(25)

    const gaps = (await worker.get('/api/v1/roster/gaps?from=2026-12-01&days=1')).json()
    const mine = gaps.items.find((i: { checkpoint: { id: string } }) => i.checkpoint.id === gate.id)
    expect(mine.uncoveredHours).toBe(1)
    // Another street's officer does not see this checkpoint's gaps
    const other = await t.as('street_officer', tree.streetB)
    const theirs = (await other.get('/api/v1/roster/gaps?from=2026-12-01&days=1')).json()
    expect(theirs.items.map((i: { checkpoint: { id: string } }) => i.checkpoint.id)).not.toContain(gate.id)
  })

  it('refuses to put one staff member on two checkpoints at once', async () => {
    const { worker, gate, staff } = await setUp()
    const west = (
      await worker.post('/api/v1/checkpoints', {
        regionId: tree.compoundA.id,
        type: 'compound',
        name: `西门${Math.random()}`,
      })
    ).json()
    expect(
      (
        await worker.post(`/api/v1/checkpoints/${gate.id}/shifts`, {
          staffUserId: staff[0].id,
          startsAt: h(0),
          endsAt: h(8),
        })
      ).statusCode,
    ).toBe(201)
    const clash = await worker.post(`/api/v1/checkpoints/${west.id}/shifts`, {
      staffUserId: staff[0].id,
      startsAt: h(7),
      endsAt: h(12),
    })
    expect(clash.statusCode).toBe(409)
    expect(clash.json().error.code).toBe('SHIFT_DOUBLE_BOOKED')
    expect(clash.json().error.message).toContain(gate.name)
    // back to back is fine
    expect(
      (
        await worker.post(`/api/v1/checkpoints/${west.id}/shifts`, {
          staffUserId: staff[0].id,
          startsAt: h(8),
          endsAt: h(12),
        })
      ).statusCode,
    ).toBe(201)
    const bad = await worker.post(`/api/v1/checkpoints/${west.id}/shifts`, {
      staffUserId: staff[1].id,
      startsAt: h(12),
      endsAt: h(11),
    })
    expect(bad.json().error.code).toBe('SHIFT_ENDS_BEFORE_START')
    const long = await worker.post(`/api/v1/checkpoints/${west.id}/shifts`, {
      staffUserId: staff[1].id,
      startsAt: h(0),
      endsAt: h(25),
    })
    expect(long.json().error.code).toBe('SHIFT_TOO_LONG')
  })

  it('books one of two overlapping shifts sent at the same moment, and refuses the other', async () => {
    const { worker, gate, staff } = await setUp()
    const west = (
      await worker.post('/api/v1/checkpoints', {
        regionId: tree.compoundA.id,
        type: 'compound',
        name: `西门${Math.random()}`,
      })
    ).json()
    // Several rounds: a race lost by luck once is not proof.
    for (let round = 0; round < 5; round++) {
      const at = (from: number, to: number) => ({
        staffUserId: staff[0].id,
        startsAt: h(round * 24 + from),
        endsAt: h(round * 24 + to),
      })
      const [a, b] = await Promise.all([
        worker.post(`/api/v1/checkpoints/${gate.id}/shifts`, at(0, 8)),
        worker.post(`/api/v1/checkpoints/${west.id}/shifts`, at(4, 12)),
      ])
      expect([a.statusCode, b.statusCode].sort()).toEqual([201, 409])
      expect([a, b].find((r) => r.statusCode === 409)!.json().error.code).toBe('SHIFT_DOUBLE_BOOKED')
    }
    const shifts = await t.db
      .selectFrom('checkpoint_shift')
      .select('id')
      .where('staff_user_id', '=', staff[0].id)
      .execute()
    expect(shifts).toHaveLength(5)
  })

  it('copies a day to the next, skipping shifts that would double-book', async () => {
    const { worker, gate, staff } = await setUp()
    await worker.post(`/api/v1/checkpoints/${gate.id}/shifts`, {
      staffUserId: staff[0].id,
      startsAt: h(0),
      endsAt: h(12),
    })
    await worker.post(`/api/v1/checkpoints/${gate.id}/shifts`, {
      staffUserId: staff[1].id,
      startsAt: h(12),
      endsAt: h(24),
    })
    const other = (
      await worker.post('/api/v1/checkpoints', {
        regionId: tree.compoundA.id,
        type: 'road',
        name: `路口${Math.random()}`,
      })
    ).json()
    await worker.post(`/api/v1/checkpoints/${other.id}/shifts`, {
      staffUserId: staff[1].id,
      startsAt: h(36),
      endsAt: h(40),
    })
    const copied = (
      await worker.post(`/api/v1/checkpoints/${gate.id}/roster/copy`, {
        from: '2026-12-01',
        to: '2026-12-02',
      })
    ).json()
    expect(copied.created.map((s: { startsAt: string }) => s.startsAt)).toEqual([h(24)])
    expect(copied.skipped).toEqual([
      { staffUserId: staff[1].id, startsAt: h(36), code: 'SHIFT_DOUBLE_BOOKED' },
    ])
    const next = (await worker.get(`/api/v1/checkpoints/${gate.id}/roster?from=2026-12-02&days=1`)).json()
    expect(next.gaps).toEqual([{ from: h(36), to: h(48) }])
  })

  it('removes a shift, and hides other areas\u2019 shifts', async () => {
    const { worker, gate, staff } = await setUp()
    const shift = (
      await worker.post(`/api/v1/checkpoints/${gate.id}/shifts`, {
        staffUserId: staff[2].id,
        startsAt: h(0),
        endsAt: h(4),
      })
    ).json()
    const outsider = await t.as('community_worker', tree.communityB)
    expect((await outsider.delete(`/api/v1/shifts/${shift.id}`)).statusCode).toBe(404)
    expect((await worker.delete(`/api/v1/shifts/${shift.id}`)).statusCode).toBe(204)
    const roster = (await worker.get(`/api/v1/checkpoints/${gate.id}/roster?from=2026-12-01&days=1`)).json()
    expect(roster.shifts).toHaveLength(0)
  })
})
