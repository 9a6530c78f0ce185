// Cross-checks the codec against code that shares none of it: our own base45, node:zlib,
// node:crypto and cborg used directly. If both sides agree, the format is what §5 says.
import { decode, encode, Tagged } from 'cborg'
import { createHash, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto'
import { deflateSync, inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { encodePass, signerFromPrivateJwk, verifyPass, type Ed25519PrivateJwk } from './index.js'

const B45 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
function base45Decode(s: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < s.length; i += 3) {
    const [a, b, c] = [...s.slice(i, i + 3)].map((ch) => B45.indexOf(ch))
    const n = a + b * 45 + (c === undefined ? 0 : c * 2025)
    out.push(...(c === undefined ? [n] : [n >> 8, n & 0xff]))
  }
  return Uint8Array.from(out)
}
function base45Encode(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 2) {
    let n = i + 1 < bytes.length ? bytes[i] * 256 + bytes[i + 1] : bytes[i]
    for (let k = 0; k < (i + 1 < bytes.length ? 3 : 2); k++, n = Math.floor(n / 45)) s += B45[n % 45]
  }
  return s
}

const claims = {
  iss: 'mawei',
  iat: 1_767_225_600,
  exp: 1_767_312_000,
  pid: 'q7Xk2LmN9pRt4VwZ',
  n: '张*三',
  c: 1 as const,
  r: '3f2b8c1e-7d4a-4e9b-a6c5-0d1e2f3a4b5c',
}
let publicKey: KeyObject
let privateKey: KeyObject
let rawPublic: Uint8Array
let kid: Uint8Array

beforeAll(() => {
  ;({ publicKey, privateKey } = generateKeyPairSync('ed25519'))
  rawPublic = new Uint8Array(publicKey.export({ format: 'der', type: 'spki' }).subarray(-32))
  kid = new Uint8Array(createHash('sha256').update(rawPublic).digest().subarray(0, 8))
})

describe('independent decoding', () => {
  it('reads and verifies a project-made pass with node:zlib, cborg and node:crypto', async () => {
    const signer = await signerFromPrivateJwk(privateKey.export({ format: 'jwk' }) as Ed25519PrivateJwk)
    const qr = await encodePass(claims, signer)
    expect(qr.startsWith('LF1:')).toBe(true)
    const cose = inflateSync(base45Decode(qr.slice(4)))
    expect(cose[0]).toBe(0xd2) // tag 18
    const sign1 = decode(cose, { useMaps: true, tags: { 18: Tagged.decoder(18) } }) as Tagged
    expect(sign1.tag).toBe(18)
    const [prot, unprot, payload, signature] = sign1.value as [
      Uint8Array,
      Map<unknown, unknown>,
      Uint8Array,
      Uint8Array,
    ]
    expect(decode(prot, { useMaps: true })).toEqual(
      new Map<number, unknown>([
        [1, -8],
        [4, kid],
      ]),
    )
    expect(unprot.size).toBe(0)
    const sigStructure = encode(['Signature1', prot, new Uint8Array(0), payload])
    expect(
      verify(
        null,
        sigStructure,
        createPublicKey(publicKey.export({ format: 'pem', type: 'spki' })),
        signature,
      ),
    ).toBe(true)
    const cwt = decode(payload, { useMaps: true }) as Map<number, unknown>
    expect([...cwt.keys()].sort((a, b) => a - b)).toEqual([-260, 1, 4, 6])
    expect([cwt.get(1), cwt.get(6), cwt.get(4)]).toEqual([claims.iss, claims.iat, claims.exp])
    const pass = cwt.get(-260) as Map<string, unknown>
    expect(Object.fromEntries(pass)).toEqual({ v: 1, pid: claims.pid, n: claims.n, c: claims.c, r: claims.r })
  })

  it('accepts a pass built by hand with node:crypto and node:zlib', async () => {
    const prot = encode(
      new Map<number, unknown>([
        [1, -8],
        [4, kid],
      ]),
    )
    const inner = new Map<string, unknown>([
      ['v', 1],
      ['pid', claims.pid],
      ['n', claims.n],
      ['c', claims.c],
      ['r', claims.r],
    ])
    const payload = encode(
      new Map<number, unknown>([
        [1, claims.iss],
        [6, claims.iat],
        [4, claims.exp],
        [-260, inner],
      ]),
    )
    const signature = sign(null, encode(['Signature1', prot, new Uint8Array(0), payload]), privateKey)
    const cose = new Uint8Array([0xd2, ...encode([prot, new Map(), payload, new Uint8Array(signature)])])
    const qr = 'LF1:' + base45Encode(deflateSync(cose))
    const keys = new Map([[Buffer.from(kid).toString('base64url'), rawPublic]])
    expect(await verifyPass(qr, { keys, now: claims.iat + 10 })).toMatchObject({ status: 'valid', claims })
  })
})
