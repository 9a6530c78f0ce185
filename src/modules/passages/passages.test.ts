import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { now } from '../../core/clock.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { localDate } from '../../shared/days.js'
import { makePerson, makeResidentId } from '../people/people.fixtures.js'
import { makeScannedPass } from '../passes/passes.fixtures.js'
import { purgeOldPassages } from './retention.js'

describe.each(dialects)('passages on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let staff: Client
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    staff = await t.as('checkpoint_staff', tree.compoundA)
  })
  afterAll(() => t.close())

  const passage = (checkpointId: string, over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    checkpointId,
    direction: 'in',
    deviceAt: new Date(now()).toISOString(),
    pass: { id: `p-${randomUUID().slice(0, 8)}`, colour: 'green' },
    temperature: 36.5,
    verdict: 'allow',
    ...over,
  })
  const counts = async (checkpointId: string) =>
    (await staff.get(`/api/v1/checkpoints/${checkpointId}/counts`)).json()

  it('stores a passage once: a re-send returns the stored result', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const body = passage(gate, { plate: '闽AD12345', passengers: 2 })
    const first = await staff.post('/api/v1/passages', body)
    expect(first.statusCode).toBe(201)
    expect(first.json()).toMatchObject({
      duplicate: false,
      passage: { id: body.id, verdict: 'allow', plate: '闽AD12345', skewed: false },
    })
    const again = await staff.post('/api/v1/passages', { ...body, temperature: 39, verdict: 'deny' })
    expect(again.statusCode).toBe(200)
    expect(again.json()).toEqual({ duplicate: true, passage: first.json().passage })
    expect(await t.db.selectFrom('passage').select('id').where('id', '=', body.id).execute()).toHaveLength(1)
    expect(await counts(gate)).toMatchObject({ in: 1, total: 1, date: localDate(now(), 'Asia/Shanghai') })
  })

  it('files a passage made with a scanned pass under its owner, and one with a claimed pass under no one', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const scanned = await makeScannedPass(t.db, tree.compoundA.id)
    const [known, claimed] = await Promise.all([
      staff.post('/api/v1/passages', passage(gate, { qr: scanned.qr })),
      staff.post('/api/v1/passages', passage(gate, { pass: { id: scanned.pid, colour: 'green' } })),
    ])
    expect(known.json().passage).toMatchObject({ personId: scanned.personId, passId: scanned.pid })
    expect(claimed.json().passage).toMatchObject({ personId: null, passId: null, verified: false })
  })

  it('refers a fever, refuses a temperature out of range, a bad plate and an unknown checkpoint', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const fever = (await staff.post('/api/v1/passages', passage(gate, { temperature: 37.3 }))).json()
    expect(fever.passage).toMatchObject({ verdict: 'refer', fever: true, reason: 'fever' })
    const hot = await staff.post('/api/v1/passages', passage(gate, { temperature: 42.5 }))
    expect(hot.statusCode).toBe(400)
    expect(hot.json().error).toMatchObject({
      code: 'TEMPERATURE_OUT_OF_RANGE',
      message: '体温 42.5℃ 超出可录入范围（35–42℃），请重新测量',
    })
    expect(
      (await staff.post('/api/v1/passages', passage(gate, { temperature: 34.9 }))).json().error.code,
    ).toBe('TEMPERATURE_OUT_OF_RANGE')
    expect(
      (await staff.post('/api/v1/passages', passage(gate, { plate: '闽A1234' }))).json().error.code,
    ).toBe('BAD_PLATE')
    const unknown = await staff.post('/api/v1/passages', passage(randomUUID()))
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('UNKNOWN_CHECKPOINT')
    const elsewhere = await makeCheckpoint(t.db, tree.compoundB.id)
    expect((await staff.post('/api/v1/passages', passage(elsewhere))).json().error.code).toBe(
      'UNKNOWN_CHECKPOINT',
    )
    expect((await staff.post('/api/v1/passages', passage(gate, { pass: undefined }))).json().error.code).toBe(
      'PASSAGE_NO_PERSON',
    )
    expect(await counts(gate)).toMatchObject({ in: 1, referred: 1, fevers: 1, total: 1 })
  })

  it('finds the person by document number and keeps the number encrypted and masked', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const doc = makeResidentId('19800101')
    const person = await makePerson(t.db, tree.compoundA.id, { docNumber: doc })
    const res = (
      await staff.post(
        '/api/v1/passages',
        passage(gate, { pass: undefined, document: { type: 'id_card', number: doc }, direction: 'out' }),
      )
    ).json()
    expect(res.passage).toMatchObject({
      personId: person.id,
      document: `${doc.slice(0, 4)}**********${doc.slice(-4)}`,
    })
    const row = await t.db
      .selectFrom('passage')
      .selectAll()
      .where('id', '=', res.passage.id)
      .executeTakeFirstOrThrow()
    expect(JSON.stringify(row)).not.toContain(doc)
    const wrong = doc.slice(0, 17) + (doc[17] === '0' ? '1' : '0')
    const bad = await staff.post(
      '/api/v1/passages',
      passage(gate, { pass: undefined, document: { type: 'id_card', number: wrong } }),
    )
    expect(bad.json().error.code).toBe('BAD_RESIDENT_ID')
  })

  it('keeps both clocks and flags a device clock that is far off', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const hourAgo = new Date(now() - 3_600_000).toISOString()
    const res = (
      await staff.post('/api/v1/passages', passage(gate, { deviceAt: hourAgo, sentAt: hourAgo }))
    ).json().passage
    expect(res.skewed).toBe(true)
    expect(res.deviceAt).toBe(hourAgo)
    expect(Math.abs(res.clockSkewMs - 3_600_000)).toBeLessThan(60_000)
    expect(Math.abs(Date.parse(res.occurredAt) - Date.parse(res.receivedAt))).toBeLessThan(60_000)
  })

  it('stores a batch from an offline gate and reports the bad passages alone', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const good = [1, 2, 3].map(() => passage(gate, { deviceAt: new Date(now() - 600_000).toISOString() }))
    const stored = (await staff.post('/api/v1/passages', good[0])).json().passage
    const hot = passage(gate, { temperature: 45 })
    const res = await staff.post('/api/v1/passages/batch', {
      sentAt: new Date(now()).toISOString(),
      passages: [good[0], good[1], hot, { id: 'not-a-uuid' }, good[2], good[1]],
    })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ stored: 2, duplicates: 2, rejected: 2 })
    expect(body.results.map((r: { status: string }) => r.status)).toEqual([
      'duplicate',
      'stored',
      'rejected',
      'rejected',
      'stored',
      'duplicate',
    ])
    expect(body.results[0].passage).toEqual(stored)
    expect(body.results[2].error.code).toBe('TEMPERATURE_OUT_OF_RANGE')
    expect(body.results[3]).toMatchObject({ id: 'not-a-uuid', error: { code: 'VALIDATION_FAILED' } })
    expect(body.results[1].passage).toMatchObject({ offline: true, skewed: false })
    expect(await counts(gate)).toMatchObject({ in: 3, total: 3 })
  })

  it('answers many concurrent passages from few commits, each counted once', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const bodies = Array.from({ length: 300 }, (_, i) =>
      passage(gate, { direction: i % 3 === 0 ? 'out' : 'in' }),
    )
    const before = Number(
      (
        await t.db
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    const results = await Promise.all(bodies.map((b) => staff.post('/api/v1/passages', b)))
    expect(results.every((r) => r.statusCode === 201)).toBe(true)
    const after = Number(
      (
        await t.db
          .selectFrom('audit_event')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    )
    // one audit entry per commit, and commits gathered many passages each
    expect(after - before).toBeLessThan(100)
    expect(await counts(gate)).toMatchObject({ in: 200, out: 100, total: 300 })
  })

  it('deletes passages older than the retention period and logs only the count', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const old = (days: number) =>
      passage(gate, { offline: true, deviceAt: new Date(now() - days * 86_400_000).toISOString() })
    const batch = [old(40), old(29), old(27), old(1)]
    expect((await staff.post('/api/v1/passages/batch', { passages: batch })).json().stored).toBe(4)
    const { deleted } = await purgeOldPassages(t.db, 28)
    expect(deleted).toBeGreaterThanOrEqual(2)
    const left = await t.db.selectFrom('passage').select('id').where('checkpoint_id', '=', gate).execute()
    expect(left.map((r) => r.id).sort()).toEqual([batch[2].id, batch[3].id].sort())
    const entry = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'passage.purge')
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow()
    expect(JSON.parse(entry.detail!)).toEqual({ deleted, retentionDays: 28 })
  })
})
