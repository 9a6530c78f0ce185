// The fixed files in test/vectors/ pin the LF1 format: any other implementation (a gate
// app, a partner's checker) should give the same answers. Regenerate only on purpose.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { encodePass, parseJwks, signerFromPrivateJwk, verifyPass } from './index.js'
import type { Ed25519PrivateJwk, PassClaims, VerifyStatus } from './index.js'

type Vector = { qr: string; now: number; revoked: string[]; expect: VerifyStatus; claims: PassClaims | null }

const readJson = <T>(name: string): T =>
  JSON.parse(readFileSync(new URL(`../../../test/vectors/${name}`, import.meta.url), 'utf8')) as T
const keysFile = readJson<{ privateJwk: Ed25519PrivateJwk; jwks: unknown }>('keys.json')
const CASES: VerifyStatus[] = [
  'valid',
  'expired',
  'not_yet_valid',
  'bad_signature',
  'unknown_key',
  'revoked',
  'malformed',
]

describe('LF1 test vectors', () => {
  it.each(CASES)('%s.json verifies as expected', async (name) => {
    const vector = readJson<Vector>(`${name}.json`)
    expect(vector.expect).toBe(name)
    const keys = await parseJwks(keysFile.jwks)
    const revoked = new Set(vector.revoked)
    const result = await verifyPass(vector.qr, { keys, now: vector.now, revoked: (pid) => revoked.has(pid) })
    expect(result.status).toBe(vector.expect)
    expect(result.claims ?? null).toEqual(vector.claims)
  })

  it('encodes valid.json byte for byte from its claims and key', async () => {
    const vector = readJson<Vector>('valid.json')
    const signer = await signerFromPrivateJwk(keysFile.privateJwk)
    expect(await encodePass(vector.claims!, signer)).toBe(vector.qr)
  })
})
