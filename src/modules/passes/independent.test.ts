// A pass issued by the server, checked with nothing of the project's codec: node:zlib,
// node:crypto, cborg used directly and a base45 decoder written here from RFC 9285.
import { decode, encode, Tagged } from 'cborg'
import { createHash, createPublicKey, verify } from 'node:crypto'
import { inflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makePerson } from '../people/people.fixtures.js'

const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
function base45(s: string): Buffer {
  const out: number[] = []
  for (let i = 0; i < s.length; i += 3) {
    const [a, b, c] = [...s.slice(i, i + 3)].map((ch) => B45.indexOf(ch))
    const n = a + b * 45 + (c === undefined ? 0 : c * 2025)
    out.push(...(c === undefined ? [n] : [n >> 8, n & 0xff]))
  }
  return Buffer.from(out)
}

describe.each(dialects)('a server-issued pass, checked independently, on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_DEPLOYMENT_ID: 'mawei' })
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('is COSE_Sign1 over a CWT, EdDSA-signed by a key in the published JWKS', async () => {
    const person = await makePerson(t.db, tree.compoundA.id, { name: '沈葆桢' })
    const worker = await t.as('community_worker', tree.communityA)
    const { qr, pid, expires } = (await worker.post(`/api/v1/colours/${person.id}/pass`)).json()
    const { keys } = (await t.app.inject({ method: 'GET', url: '/.well-known/lianfang/keys.json' })).json()

    const cose = inflateSync(base45(qr.slice('LF1:'.length)))
    const sign1 = decode(cose, { useMaps: true, tags: { 18: Tagged.decoder(18) } }) as Tagged
    expect(sign1.tag).toBe(18)
    const [prot, , payload, signature] = sign1.value as [
      Uint8Array,
      Map<number, unknown>,
      Uint8Array,
      Uint8Array,
    ]
    const header = decode(prot, { useMaps: true }) as Map<number, unknown>
    expect(header.get(1)).toBe(-8)
    const kid = Buffer.from(header.get(4) as Uint8Array).toString('base64url')
    const jwk = keys.find((k: { kid: string }) => k.kid === kid)
    expect(jwk).toMatchObject({ kty: 'OKP', crv: 'Ed25519' })
    const raw = Buffer.from(jwk.x, 'base64url')
    expect(createHash('sha256').update(raw).digest().subarray(0, 8).toString('base64url')).toBe(kid)
    const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, format: 'jwk' })
    const sigStructure = encode(['Signature1', prot, new Uint8Array(0), payload])
    expect(verify(null, sigStructure, publicKey, signature)).toBe(true)

    const cwt = decode(payload, { useMaps: true }) as Map<number, unknown>
    expect(cwt.get(1)).toBe('mawei')
    expect(cwt.get(4)).toBe(Date.parse(expires) / 1000)
    expect((cwt.get(4) as number) - (cwt.get(6) as number)).toBe(86_400)
    expect(Object.fromEntries(cwt.get(-260) as Map<string, unknown>)).toEqual({
      v: 1,
      pid,
      n: '沈*桢',
      c: 1,
      r: tree.compoundA.id,
    })
    // nothing personal beyond the masked name
    expect(new TextDecoder().decode(payload)).not.toContain(person.document.slice(-4))
  })
})
