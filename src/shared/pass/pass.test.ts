import { encode, Tagged } from 'cborg'
import { zlibSync } from 'fflate'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { encodeBase45 } from './base45.js'
import { encodeSigStructure, type PassClaims, type PassSigner } from './codec.js'
import { resetEd25519 } from './ed25519.js'
import { inflateCapped, inflateStreaming } from './envelope.js'
import { encodePass, generatePassKeyPair, parseJwks, signerFromPrivateJwk, verifyPass } from './index.js'
import type { Ed25519PublicJwk } from './index.js'

const NOW = 1_767_225_600 // 2026-01-01T00:00:00Z
const claims: PassClaims = {
  iss: 'mawei',
  iat: NOW,
  exp: NOW + 86_400,
  pid: 'q7Xk2LmN9pRt4VwZ',
  n: '张*三',
  c: 0,
  r: '3f2b8c1e-7d4a-4e9b-a6c5-0d1e2f3a4b5c',
}

let signer: PassSigner
let publicJwk: Ed25519PublicJwk
let keys: Map<string, Uint8Array>
let qr: string

beforeAll(async () => {
  const pair = await generatePassKeyPair()
  signer = await signerFromPrivateJwk(pair.privateJwk)
  publicJwk = pair.publicJwk
  keys = await parseJwks({ keys: [pair.publicJwk] })
  qr = await encodePass(claims, signer)
})

afterEach(() => resetEd25519())

/** Builds an envelope by hand so tests can vary what encodePass never would. */
async function sealCose(
  header: Map<number, unknown>,
  payload: Uint8Array,
  sign = signer,
): Promise<Uint8Array> {
  const protectedHeader = encode(header)
  const signature = await sign.sign(encodeSigStructure(protectedHeader, payload))
  return encode(new Tagged(18, [protectedHeader, new Map(), payload, signature]))
}
const wrap = (cose: Uint8Array) => 'LF1:' + encodeBase45(zlibSync(cose, { level: 9 }))
/** A red pass whose payload was swapped for green after signing. */
async function forgeColour(): Promise<string> {
  const protectedHeader = encode(edHeader())
  const signature = await signer.sign(encodeSigStructure(protectedHeader, encodeClaimsWith({ c: 2 })))
  return wrap(encode(new Tagged(18, [protectedHeader, new Map(), encodeClaimsWith({ c: 0 }), signature])))
}
const edHeader = () =>
  new Map<number, unknown>([
    [1, -8],
    [4, signer.kid],
  ])

describe('verifyPass outcomes', () => {
  it('round-trips a realistic pass in under 300 characters', async () => {
    console.info(`LF1 pass length: ${qr.length} chars`)
    expect(qr.length).toBeLessThanOrEqual(300)
    expect(qr).toMatch(/^LF1:[0-9A-Z $%*+\-./:]+$/)
    const result = await verifyPass(qr, { keys, now: NOW + 60 })
    expect(result).toEqual({ status: 'valid', claims, kid: publicJwk.kid })
  })

  it('accepts keys as a lookup function or as JWKs', async () => {
    const byFunction = await verifyPass(qr, { keys: (kid) => keys.get(kid), now: NOW })
    const byJwk = await verifyPass(qr, { keys: new Map([[publicJwk.kid!, publicJwk]]), now: NOW })
    expect([byFunction.status, byJwk.status]).toEqual(['valid', 'valid'])
  })

  it('applies exp and iat with leeway', async () => {
    const at = (now: number, leewaySeconds?: number) =>
      verifyPass(qr, { keys, now, leewaySeconds }).then((r) => r.status)
    expect(await at(claims.exp + 60)).toBe('expired')
    expect(await at(claims.exp, 0)).toBe('expired')
    expect(await at(claims.exp - 1, 0)).toBe('valid')
    expect(await at(claims.iat - 61)).toBe('not_yet_valid')
    expect(await at(claims.iat - 60)).toBe('valid')
    expect(await at(claims.iat - 1, 0)).toBe('not_yet_valid')
    const expired = await verifyPass(qr, { keys, now: claims.exp + 3600 })
    expect(expired.claims).toEqual(claims)
  })

  it('reports revoked pass ids, even after expiry', async () => {
    const revoked = (pid: string) => pid === claims.pid
    expect((await verifyPass(qr, { keys, revoked, now: NOW })).status).toBe('revoked')
    expect((await verifyPass(qr, { keys, revoked, now: claims.exp + 3600 })).status).toBe('revoked')
  })

  it('reports unknown keys with their kid', async () => {
    const other = await signerFromPrivateJwk((await generatePassKeyPair()).privateJwk)
    const result = await verifyPass(await encodePass(claims, other), { keys, now: NOW })
    expect(result.status).toBe('unknown_key')
    expect(result.kid).toMatch(/^[A-Za-z0-9_-]{11}$/)
    expect(result.claims).toBeUndefined()
  })

  it('rejects a tampered payload as bad_signature without returning claims', async () => {
    expect(await verifyPass(await forgeColour(), { keys, now: NOW })).toEqual({
      status: 'bad_signature',
      kid: publicJwk.kid,
    })
  })

  it('rejects a flipped signature bit and a truncated signature', async () => {
    const payload = encodeClaimsWith({})
    const protectedHeader = encode(edHeader())
    const signature = await signer.sign(encodeSigStructure(protectedHeader, payload))
    signature[10] ^= 1
    const flipped = wrap(encode(new Tagged(18, [protectedHeader, new Map(), payload, signature])))
    const short = wrap(encode(new Tagged(18, [protectedHeader, new Map(), payload, signature.slice(0, 63)])))
    expect((await verifyPass(flipped, { keys, now: NOW })).status).toBe('bad_signature')
    expect((await verifyPass(short, { keys, now: NOW })).status).toBe('bad_signature')
  })

  it.each(['webcrypto', 'noble'] as const)(
    'gives the same answers with the browser engines (%s) as with node:crypto',
    async (engine) => {
      resetEd25519({ engine })
      expect((await verifyPass(qr, { keys, now: NOW })).status).toBe('valid')
      expect((await verifyPass(await forgeColour(), { keys, now: NOW })).status).toBe('bad_signature')
    },
  )
})

describe('verifyPass rejects malformed input without throwing', () => {
  it('rejects any alg other than EdDSA (-8), even with a good Ed25519 signature', async () => {
    const payload = encodeClaimsWith({})
    for (const alg of [-7, -35, 0, 'EdDSA', undefined]) {
      const header = new Map<number, unknown>([[4, signer.kid]])
      if (alg !== undefined) header.set(1, alg)
      expect((await verifyPass(wrap(await sealCose(header, payload)), { keys, now: NOW })).status).toBe(
        'malformed',
      )
    }
  })

  it('rejects garbage, wrong prefixes and broken layers', async () => {
    const payload = encodeClaimsWith({})
    const cose = await sealCose(edHeader(), payload)
    const untagged = encode([encode(edHeader()), new Map(), payload, new Uint8Array(64)])
    const inputs: unknown[] = [
      '',
      'LF1:',
      'lf1:' + qr.slice(4),
      'LF2:' + qr.slice(4),
      qr.slice(4),
      'LF1:abc',
      'LF1:GGW',
      'LF1:A',
      qr.slice(0, -1),
      qr.slice(0, -3),
      'LF1:' + encodeBase45(new TextEncoder().encode('hello')),
      'LF1:' + encodeBase45(cose), // not zlib
      wrap(untagged),
      wrap(encode(new Tagged(98, [1]))),
      wrap(new Uint8Array([...cose, 0])),
      wrap(encode(new Tagged(18, [encode(edHeader()), new Map(), payload]))),
      wrap(
        await sealCose(
          new Map<number, unknown>([
            [1, -8],
            [2, [99]],
            [4, signer.kid],
          ]),
          payload,
        ),
      ),
      'LF1:' + 'A'.repeat(5000),
      null,
      undefined,
      42,
      {},
      ['LF1:'],
    ]
    for (const input of inputs) {
      expect((await verifyPass(input as string, { keys, now: NOW })).status, String(input).slice(0, 20)).toBe(
        'malformed',
      )
    }
  })

  it('rejects signed claims of the wrong shape as malformed', async () => {
    const bad = [
      encode(new Map([[1, 'mawei']])),
      encodeClaimsWith({ v: 2 }),
      encodeClaimsWith({ c: 3 }),
      encode('x'),
    ]
    for (const payload of bad) {
      const result = await verifyPass(wrap(await sealCose(edHeader(), payload)), { keys, now: NOW })
      expect(result).toEqual({ status: 'malformed', kid: publicJwk.kid })
    }
  })

  it('stops a zip bomb (10 MB of zeros) quickly', async () => {
    const bomb = zlibSync(new Uint8Array(10 * 1024 * 1024), { level: 9 })
    // 1 MB of zeros fits under the QR length cap, so this one reaches the inflater.
    const smallBomb = 'LF1:' + encodeBase45(zlibSync(new Uint8Array(1024 * 1024), { level: 9 }))
    expect(smallBomb.length).toBeLessThan(4296)
    const started = performance.now()
    expect(inflateCapped(bomb)).toBeUndefined()
    expect((await verifyPass('LF1:' + encodeBase45(bomb), { keys, now: NOW })).status).toBe('malformed')
    expect((await verifyPass(smallBomb, { keys, now: NOW })).status).toBe('malformed')
    expect(performance.now() - started).toBeLessThan(100)
  })

  it('inflates exactly what unzlibSync does, up to the cap', () => {
    for (const size of [0, 1, 63, 64, 65, 200, 1000, 4096, 4097]) {
      const data = Uint8Array.from({ length: size }, (_, i) =>
        i % 7 === 0 ? (i * 131) & 0xff : 65 + (i % 5),
      )
      for (const level of [0, 6, 9] as const) {
        const inflated = inflateCapped(zlibSync(data, { level }))
        expect(inflated, `${size}/${level}`).toEqual(size <= 4096 ? data : undefined)
      }
    }
    expect(inflateCapped(zlibSync(new Uint8Array(100)).slice(0, -6))).toBeUndefined() // truncated
  })

  it('reads stored blocks directly with the same answers as the streaming inflater', () => {
    const data = Uint8Array.from({ length: 186 }, (_, i) => (i * 89) & 0xff)
    const stored = zlibSync(data, { level: 0 })
    expect(Array.from(stored.subarray(0, 3))).toEqual([0x78, 0x01, 0x01]) // what the fast path expects
    const variants = [
      stored,
      Uint8Array.from([...stored, 0]), // trailing byte
      stored.slice(0, -1), // short adler
      Uint8Array.from(stored, (b, i) => (i === 5 ? b ^ 1 : b)), // NLEN does not match LEN
      Uint8Array.from(stored, (b, i) => (i === 1 ? b ^ 0x20 : b)), // FDICT set, bad FCHECK
      Uint8Array.from(stored, (b, i) => (i === 3 ? b + 1 : b)), // LEN beyond the data
    ]
    for (const [i, v] of variants.entries())
      expect(inflateCapped(v), `variant ${i}`).toEqual(inflateStreaming(v, 4096))
    expect(inflateCapped(stored)).toEqual(data)
    expect(inflateCapped(stored, 185)).toBeUndefined()
  })
})

/** Claims map as encodeClaims writes it, with inner fields overridable. */
function encodeClaimsWith(overrides: Record<string, unknown>): Uint8Array {
  const pass = new Map<string, unknown>(
    Object.entries({ v: 1, pid: claims.pid, n: claims.n, c: claims.c, r: claims.r, ...overrides }),
  )
  return encode(
    new Map<number, unknown>([
      [1, claims.iss],
      [6, claims.iat],
      [4, claims.exp],
      [-260, pass],
    ]),
  )
}

describe('待核验 claims', () => {
  it('carries u and k on an unconfirmed pass, neither on a confirmed one, and refuses one without the other', async () => {
    const unconfirmed = await encodePass({ ...claims, u: 1, k: '0012' }, signer)
    const opened = await verifyPass(unconfirmed, { keys, now: NOW + 60 })
    expect(opened.status).toBe('valid')
    expect(opened.claims).toMatchObject({ u: 1, k: '0012' })
    const confirmed = await verifyPass(qr, { keys, now: NOW + 60 })
    expect(confirmed.claims).not.toHaveProperty('u')
    expect(confirmed.claims).not.toHaveProperty('k')
    await expect(encodePass({ ...claims, u: 1 }, signer)).rejects.toThrow(/invalid claims/)
    await expect(encodePass({ ...claims, k: '0012' }, signer)).rejects.toThrow(/invalid claims/)
  })
})
