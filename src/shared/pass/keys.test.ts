import { describe, expect, it } from 'vitest'
import { decodeBase64Url, encodeBase64Url } from './bytes.js'
import { generatePassKeyPair, kidOf, parseJwks, toJwk, toJwks } from './index.js'

describe('JWKS helpers', () => {
  it('publishes kid = base64url of the first 8 bytes of SHA-256(raw key)', async () => {
    const raw = Uint8Array.from({ length: 32 }, (_, i) => i)
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', raw))
    const kid = await kidOf(raw)
    expect(kid).toEqual(digest.slice(0, 8))
    expect(toJwk(raw, kid)).toEqual({
      kty: 'OKP',
      crv: 'Ed25519',
      x: encodeBase64Url(raw),
      kid: encodeBase64Url(kid),
      alg: 'EdDSA',
      use: 'sig',
    })
    expect(() => toJwk(raw.slice(1), kid)).toThrow()
  })

  it('round-trips several live keys through toJwks and parseJwks', async () => {
    const pairs = await Promise.all([generatePassKeyPair(), generatePassKeyPair()])
    const raws = pairs.map((p) => decodeBase64Url(p.publicJwk.x))
    const jwks = await toJwks(raws)
    const keys = await parseJwks(JSON.parse(JSON.stringify(jwks)))
    expect([...keys.keys()]).toEqual(pairs.map((p) => p.publicJwk.kid))
    expect([...keys.values()]).toEqual(raws)
  })

  it('skips entries that are not Ed25519 or whose kid does not match the key', async () => {
    const { publicJwk } = await generatePassKeyPair()
    const jwks = {
      keys: [
        { ...publicJwk, kid: 'AAAAAAAAAAA' },
        { ...publicJwk, crv: 'X25519' },
        { kty: 'EC', crv: 'P-256', x: publicJwk.x, y: publicJwk.x },
        { ...publicJwk, x: publicJwk.x.slice(2) },
        null,
        'key',
      ],
    }
    expect((await parseJwks(jwks)).size).toBe(0)
    for (const bad of [null, undefined, 'x', {}, { keys: 'x' }]) expect((await parseJwks(bad)).size).toBe(0)
  })
})
