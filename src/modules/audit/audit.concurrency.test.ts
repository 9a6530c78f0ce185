// Many writers at once through the app: unrelated writes must not deadlock on the audit log's
// head, first-time creations must not collide, and the chain must verify afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { sql } from 'kysely'
import { recordAudit, verifyAuditChain } from '../../core/audit.js'
import { inTransaction } from '../../db/db.js'
import { makeAlert, makeObservation } from '../observations/observations.fixtures.js'
import { makeCareRequest } from '../care/care.fixtures.js'
import { makeSweepItem } from '../campaigns/campaigns.fixtures.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { createUserDirect } from '../auth/auth.fixtures.js'

describe.each(dialects)('concurrent writers on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('alerts, readings, care requests, sweeps and supervisors in parallel: no 500, the chain verifies', async () => {
    const region = tree.compoundA.id
    const n = 6
    const [observations, alerts, care, sweeps] = [[], [], [], []] as [
      Awaited<ReturnType<typeof makeObservation>>[],
      string[],
      Awaited<ReturnType<typeof makeCareRequest>>[],
      string[],
    ]
    for (let i = 0; i < n; i++) {
      observations.push(await makeObservation(t.db, region))
      alerts.push(await makeAlert(t.db, region))
      care.push(await makeCareRequest(t.db, region))
      sweeps.push(await makeSweepItem(t.db, region))
    }
    const helper = await createUserDirect(t.db, {
      role: 'community_worker',
      scopeRegionId: tree.communityA.id,
    })
    const admin = await t.as('admin', t.top)

    const requests = [
      // fevers raise alerts (insert … on conflict do nothing) while others acknowledge them
      ...observations.flatMap((o) => [
        admin.post(`/api/v1/observations/${o.id}/readings`, { temperature: 38.6 }),
        admin.post(`/api/v1/observations/${o.id}/readings`, { temperature: 38.9 }),
      ]),
      ...alerts.map((id) => admin.post(`/api/v1/observation-alerts/${id}/acknowledge`)),
      ...care.map((c) => admin.post(`/api/v1/care-requests/${c.id}/assign`, { assigneeId: helper.id })),
      ...sweeps.map((id) =>
        admin.post(`/api/v1/sweep-items/${id}/visits`, { outcome: 'nobody_home', note: null }),
      ),
      ...Array.from({ length: 3 }, () =>
        admin.request({
          method: 'PUT',
          url: `/api/v1/observation-supervisors/${region}`,
          payload: { userIds: [helper.id] },
        }),
      ),
    ]
    const responses = await Promise.all(requests)
    const failed = responses.filter((r) => r.statusCode >= 500).map((r) => r.body)
    expect(failed).toEqual([])
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
  })

  it('four first poster requests for a new checkpoint get one place code', async () => {
    const checkpoint = await makeCheckpoint(t.db, tree.compoundA.id)
    const worker = await t.as('community_worker', tree.communityA)
    const responses = await Promise.all(
      Array.from({ length: 4 }, () => worker.get(`/api/v1/posters/checkpoints/${checkpoint}/poster.svg`)),
    )
    expect(responses.map((r) => r.statusCode)).toEqual([200, 200, 200, 200])
    const codes = responses.map(
      (r) => /poster-([2-9A-HJKMNP-Z]{8})\.svg/.exec(r.headers['content-disposition'] as string)?.[1],
    )
    expect(new Set(codes).size).toBe(1)
    expect(codes[0]).toBeTruthy()
  })

  // The shape of the deadlock seen in production: one writer audits, then touches a row;
  // another touches that row, then audits. With the head taken where recordAudit was called,
  // each waited for the other; taken last, the second simply waits for the first.
  it.runIf(dialect === 'postgres')(
    'a writer that audits first and one that audits last do not deadlock',
    async () => {
      await sql`create table lf_test_row (id integer primary key, n integer not null)`.execute(t.db)
      await sql`insert into lf_test_row values (1, 0)`.execute(t.db)
      const system = { userId: null, username: 'system' }
      let rowTaken!: () => void
      const taken = new Promise<void>((r) => (rowTaken = r))
      const auditsFirst = inTransaction(t.db, async (trx) => {
        await recordAudit(trx, system, { action: 'test.first' })
        await taken
        await sql`update lf_test_row set n = n + 1 where id = 1`.execute(trx)
      })
      const auditsLast = inTransaction(t.db, async (trx) => {
        await sql`update lf_test_row set n = n + 1 where id = 1`.execute(trx)
        rowTaken()
        await new Promise((r) => setTimeout(r, 200))
        await recordAudit(trx, system, { action: 'test.last' })
      })
      await expect(Promise.all([auditsFirst, auditsLast])).resolves.toBeDefined()
      const { rows } = await sql<{ n: number }>`select n from lf_test_row`.execute(t.db)
      expect(rows[0].n).toBe(2)
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true })
    },
  )
})
