// 伪造出入记录: a gate (or whoever holds a gate account) claiming a pass and colour it never
// scanned, and replaying another community's passage id.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { now } from '../../core/clock.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { issuePass } from '../passes/index.js'
import { makeScannedPass } from '../passes/passes.fixtures.js'
import { makePerson } from '../people/people.fixtures.js'
import { encodePass, generatePassKeyPair, signerFromPrivateJwk } from '../../shared/pass/index.js'

describe.each(dialects)('passages prove what they claim on %s', (dialect) => {
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

  const passage = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    checkpointId: gate,
    direction: 'in',
    deviceAt: new Date(now()).toISOString(),
    temperature: 36.5,
    verdict: 'allow',
    ...over,
  })

  it('stores the colour from the verified pass, not the one the gate claims', async () => {
    const scanned = await makeScannedPass(t.db, tree.compoundA.id)
    const res = await staff.post(
      '/api/v1/passages',
      passage({ qr: scanned.qr, pass: { id: 'x', colour: 'red' } }),
    )
    expect(res.json().passage).toMatchObject({
      verified: true,
      passId: scanned.pid,
      passColour: scanned.colour,
      personId: scanned.personId,
    })
  })

  it('trusts no colour without a QR, nor with a bad QR or another deployment’s pass', async () => {
    const scanned = await makeScannedPass(t.db, tree.compoundA.id)
    const person = await makePerson(t.db, tree.compoundA.id)
    const foreign = await issuePass(t.db, person.id, { deploymentId: 'another-city' })
    // a green pass for the same pass id, signed with a key that is not ours
    const { privateJwk } = await generatePassKeyPair()
    const iat = Math.floor(now() / 1000)
    const claims = {
      iss: 'lianfang',
      iat,
      exp: iat + 3600,
      pid: scanned.pid,
      n: '张*',
      c: 0 as const,
      r: 'x',
    }
    const forged = await encodePass(claims, await signerFromPrivateJwk(privateJwk))
    for (const over of [
      { pass: { id: scanned.pid, colour: 'green' } },
      { qr: forged, pass: { id: scanned.pid, colour: 'green' } },
      { qr: foreign.qr },
      { qr: 'LF1:not-a-pass' },
    ]) {
      const res = await staff.post('/api/v1/passages', passage(over))
      expect(res.statusCode).toBe(201)
      expect(res.json().passage).toMatchObject({
        verified: false,
        passColour: null,
        passId: null,
        personId: null,
      })
    }
  })

  it('verifies each passage of an offline batch alike', async () => {
    const scanned = await makeScannedPass(t.db, tree.compoundA.id)
    const res = await staff.post('/api/v1/passages/batch', {
      passages: [passage({ qr: scanned.qr }), passage({ pass: { id: scanned.pid, colour: 'green' } })],
    })
    const [good, claimed] = res.json().results
    expect(good.passage).toMatchObject({
      verified: true,
      passColour: scanned.colour,
      personId: scanned.personId,
    })
    expect(claimed.passage).toMatchObject({ verified: false, passColour: null, personId: null })
  })

  it('answers 404 to a re-send of another community’s passage id, and changes nothing', async () => {
    const gateB = await makeCheckpoint(t.db, tree.compoundB.id)
    const staffB = await t.as('checkpoint_staff', tree.compoundB)
    const scanned = await makeScannedPass(t.db, tree.compoundB.id)
    const recorded = passage({ checkpointId: gateB, qr: scanned.qr })
    expect((await staffB.post('/api/v1/passages', recorded)).statusCode).toBe(201)
    const before = await t.db.selectFrom('passage').selectAll().where('id', '=', recorded.id).execute()
    const replay = { ...recorded, checkpointId: gate }
    const res = await staff.post('/api/v1/passages', replay)
    expect(res.statusCode).toBe(404)
    expect(res.body).not.toContain(scanned.personId)
    const batch = (await staff.post('/api/v1/passages/batch', { passages: [replay] })).json()
    expect(batch.results[0]).toMatchObject({ status: 'rejected', error: { code: 'NOT_FOUND' } })
    expect(batch.results[0].passage).toBeUndefined()
    expect(await t.db.selectFrom('passage').selectAll().where('id', '=', recorded.id).execute()).toEqual(
      before,
    )
  })
})
