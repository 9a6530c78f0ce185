// Server-issued passes through the shared verifier (as a gate holds them) and the online check.
import { decode, encode, Tagged } from 'cborg'
import { zlibSync } from 'fflate'
import { inflateSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { advanceClock, setClock } from '../../core/clock.js'
import {
  decodeBase45,
  encodeBase45,
  generatePassKeyPair,
  parseJwks,
  verifyPass,
} from '../../shared/pass/index.js'
import { makePerson } from '../people/people.fixtures.js'

describe.each(dialects)('passes on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  const jwks = async () =>
    (await t.app.inject({ method: 'GET', url: '/.well-known/lianfang/keys.json' })).json()
  const revokedPids = async () =>
    new Set(
      (
        (await t.app.inject({ method: 'GET', url: '/.well-known/lianfang/revoked.json' })).json().revoked as {
          pid: string
        }[]
      ).map((r) => r.pid),
    )
  /** What a gate does offline: cached JWKS and revocation list. */
  const gate = async (qr: string, now = Math.floor(Date.now() / 1000)) => {
    const revoked = await revokedPids()
    return verifyPass(qr, { keys: await parseJwks(await jwks()), revoked: (pid) => revoked.has(pid), now })
  }
  const issue = async (personId: string) => {
    const worker = await t.as('community_worker', tree.communityA)
    const res = await worker.post(`/api/v1/colours/${personId}/pass`)
    expect(res.statusCode).toBe(200)
    return res.json() as { qr: string; pid: string; colour: string; expires: string }
  }
  const online = async (qr: string) =>
    (await (await t.as('checkpoint_staff', tree.communityA)).post('/api/v1/passes/verify', { qr })).json()

  it('issues a 24 h pass that a gate verifies offline, with masked name and colour', async () => {
    const person = await makePerson(t.db, tree.compoundA.id, { name: '林则徐' })
    const pass = await issue(person.id)
    expect(pass.qr).toMatch(/^LF1:[0-9A-Z $%*+\-./:]+$/)
    expect(pass.qr.length).toBeLessThanOrEqual(300)
    const result = await gate(pass.qr)
    expect(result.status).toBe('valid')
    expect(result.claims).toMatchObject({ n: '林*徐', c: 1, r: tree.compoundA.id, pid: pass.pid })
    expect(result.claims!.exp - result.claims!.iat).toBe(24 * 3600)
    expect(await online(pass.qr)).toMatchObject({
      status: 'valid',
      current: { colour: 'yellow', changed: false },
    })
  })

  it('says expired and not_yet_valid by the clock', async () => {
    const person = await makePerson(t.db, tree.compoundA.id)
    const pass = await issue(person.id)
    const iat = (await gate(pass.qr)).claims!.iat
    expect((await gate(pass.qr, iat + 24 * 3600 + 120)).status).toBe('expired')
    expect((await gate(pass.qr, iat - 600)).status).toBe('not_yet_valid')
    advanceClock(25 * 3600_000)
    expect((await online(pass.qr)).status).toBe('expired')
  })

  it('says bad_signature for a changed pass, unknown_key for another deployment and malformed for junk', async () => {
    const person = await makePerson(t.db, tree.compoundA.id)
    const { qr } = await issue(person.id)
    const sign1 = decode(inflateSync(decodeBase45(qr.slice(4))), {
      useMaps: true,
      tags: { 18: Tagged.decoder(18) },
    }) as Tagged
    const [prot, unprot, payload, signature] = sign1.value as [
      Uint8Array,
      Map<number, unknown>,
      Uint8Array,
      Uint8Array,
    ]
    const flipped = Uint8Array.from(signature)
    flipped[10] ^= 0x01
    const forged = 'LF1:' + encodeBase45(zlibSync(encode(new Tagged(18, [prot, unprot, payload, flipped]))))
    expect((await gate(forged)).status).toBe('bad_signature')
    expect((await online(forged)).status).toBe('bad_signature')
    const other = await generatePassKeyPair()
    const foreignKeys = await parseJwks({ keys: [other.publicJwk] })
    expect((await verifyPass(qr, { keys: foreignKeys })).status).toBe('unknown_key')
    expect((await gate('LF1:NOT A PASS')).status).toBe('malformed')
    expect((await online('hello')).status).toBe('malformed')
  })

  it('revokes live passes when the colour changes, and the revocation list tells gates', async () => {
    const person = await makePerson(t.db, tree.compoundA.id)
    const before = await issue(person.id)
    expect(before.colour).toBe('yellow')
    const worker = await t.as('community_worker', tree.communityA)
    await worker.post('/api/v1/declarations', { personId: person.id, symptoms: [], contactWithCases: false })
    expect(await revokedPids()).toContain(before.pid)
    expect((await gate(before.qr)).status).toBe('revoked')
    expect(await online(before.qr)).toMatchObject({
      status: 'revoked',
      current: { colour: 'green', changed: true },
    })
    const after = await issue(person.id)
    expect(after.colour).toBe('green')
    expect((await gate(after.qr)).status).toBe('valid')
  })

  it('keeps old passes verifying through a key rotation until they expire', async () => {
    // later than every pass the other tests issued on the real clock
    const start = Date.now() + 30 * 86_400_000
    setClock(start)
    const person = await makePerson(t.db, tree.compoundA.id)
    const old = await issue(person.id)
    const admin = await t.as('admin', t.top)
    const rotated = await admin.post('/api/v1/pass-keys/rotate')
    expect(rotated.statusCode).toBe(200)
    const fresh = await issue(person.id)
    const keys = (await jwks()).keys.map((k: { kid: string }) => k.kid)
    expect(keys).toHaveLength(2)
    expect(keys).toContain(rotated.json().kid)
    expect((await gate(old.qr, Math.floor((start + 12 * 3600_000) / 1000))).status).toBe('valid')
    expect((await gate(fresh.qr, Math.floor((start + 12 * 3600_000) / 1000))).status).toBe('valid')
    expect((await online(old.qr)).status).toBe('valid')
    expect(
      (await (await t.as('community_worker', tree.communityA)).post('/api/v1/pass-keys/rotate')).statusCode,
    ).toBe(403)
    // After the old key's last pass has expired it is no longer published.
    setClock(start + 25 * 3600_000)
    expect((await jwks()).keys.map((k: { kid: string }) => k.kid)).toEqual([rotated.json().kid])
  })
})
