// A gate's passages are audited through the inbox (src/core/audit-inbox.ts): written with the
// passages, moved onto the chain within about a second, and all of it when the server stops.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { now } from '../../core/clock.js'
import { verifyAuditChain } from '../../core/audit.js'
import { foldAuditInbox } from '../../core/audit-inbox.js'
import { uuidv7 } from '../../shared/uuid7.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'

describe.each(dialects)('passage audit on %s', (dialect) => {
  let t: TestApp
  let staff: Client
  let gate: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    const tree = await makeTree(t)
    staff = await t.as('checkpoint_staff', tree.compoundA)
    gate = await makeCheckpoint(t.db, tree.compoundA.id)
  })
  afterAll(() => t.close())

  const recorded = () =>
    t.db
      .selectFrom('audit_event')
      .select(['actor_name', 'entity_id', 'detail'])
      .where('action', '=', 'passage.record')
      .execute()
  const total = (rows: { detail: string | null }[]) =>
    rows.reduce((n, r) => n + (JSON.parse(r.detail!) as { count: number }).count, 0)
  const waiting = () => t.db.selectFrom('audit_inbox').select('detail').execute()

  it('writes the count with the passages, then onto an intact chain, without naming anyone', async () => {
    const posts = Array.from({ length: 12 }, () =>
      staff.post('/api/v1/passages', {
        id: uuidv7(),
        checkpointId: gate,
        direction: 'in',
        deviceAt: new Date(now()).toISOString(),
        document: { type: 'id_card', number: '350105199001010015' },
        verdict: 'allow',
      }),
    )
    expect((await Promise.all(posts)).map((r) => r.statusCode)).toEqual(Array(12).fill(201))
    // answered means written: in the inbox, or already moved onto the chain by the server
    expect(total(await waiting()) + total(await recorded())).toBe(12)
    while ((await foldAuditInbox(t.db)) > 0);
    const entries = await recorded()
    expect(entries.every((e) => e.entity_id === gate)).toBe(true)
    expect(total(entries)).toBe(12)
    expect(JSON.stringify(entries)).not.toContain('350105')
    expect(await waiting()).toHaveLength(0)
    expect((await verifyAuditChain(t.db)).ok).toBe(true)
  })

  it('folds what waits when the server closes', async () => {
    const before = total(await recorded())
    const r = await staff.post('/api/v1/passages', {
      id: uuidv7(),
      checkpointId: gate,
      direction: 'out',
      deviceAt: new Date(now()).toISOString(),
      document: { type: 'id_card', number: '350105199001010015' },
      verdict: 'allow',
    })
    expect(r.statusCode).toBe(201)
    await t.app.close()
    expect(total(await recorded())).toBe(before + 1)
    expect(await waiting()).toHaveLength(0)
    expect((await verifyAuditChain(t.db)).ok).toBe(true)
  })
})
