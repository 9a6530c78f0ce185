// LF1 pass encoder (DESIGN.md §5): CWT claims in a COSE_Sign1 envelope, zlib, base45.
import { encode, Tagged } from 'cborg'
import { zlibSync } from 'fflate'
import { encodeBase45 } from './base45.js'
import { toBufferSource } from './bytes.js'

export type PassColour = 0 | 1 | 2 // 0 green 绿码, 1 yellow 黄码, 2 red 红码

/** What a pass says; times are seconds since the epoch. */
export type PassClaims = {
  iss: string
  iat: number
  exp: number
  pid: string
  n: string
  c: PassColour
  r: string
  /** claim `u: 1`: 待核验, issued without proof of identity; the gate checks the card */
  unconfirmed?: boolean
  /** claim `k`: the document's last 4 characters, on unconfirmed passes only */
  last4?: string
}

export type PassSigner = { kid: Uint8Array; sign(data: Uint8Array): Promise<Uint8Array> }

export const PASS_PREFIX = 'LF1:'
export const COSE_SIGN1_TAG = 18
export const ALG_EDDSA = -8
// COSE header labels and CWT claim keys (RFC 9052, RFC 8392); -260 is the
// health-certificate claim the EU DCC uses, which we reuse for our own claims map.
export const HEADER_ALG = 1
export const HEADER_CRIT = 2
export const HEADER_KID = 4
export const CLAIM_ISS = 1
export const CLAIM_EXP = 4
export const CLAIM_IAT = 6
export const CLAIM_PASS = -260
export const PASS_CLAIMS_VERSION = 1

/** kid = first 8 bytes of SHA-256 of the raw 32-byte Ed25519 public key. */
export async function kidOf(publicKeyRaw: Uint8Array): Promise<Uint8Array> {
  const digest = await crypto.subtle.digest('SHA-256', toBufferSource(publicKeyRaw))
  return new Uint8Array(digest.slice(0, 8))
}

export async function encodePass(claims: PassClaims, signer: PassSigner): Promise<string> {
  if (!isPassClaims(claims)) throw new TypeError('encodePass: invalid claims')
  const protectedHeader = encode(
    new Map<number, unknown>([
      [HEADER_ALG, ALG_EDDSA],
      [HEADER_KID, signer.kid],
    ]),
  )
  const payload = encodeClaims(claims)
  const signature = await signer.sign(encodeSigStructure(protectedHeader, payload))
  const cose = encode(new Tagged(COSE_SIGN1_TAG, [protectedHeader, new Map(), payload, signature]))
  return PASS_PREFIX + encodeBase45(deflateSmallest(cose))
}

// Signatures and random ids barely compress, and fflate's level 9 sometimes ends a byte
// longer than a stored block; both are valid zlib, so keep whichever is shorter.
function deflateSmallest(bytes: Uint8Array): Uint8Array {
  const packed = zlibSync(bytes, { level: 9 })
  const stored = zlibSync(bytes, { level: 0 })
  return packed.length < stored.length ? packed : stored
}

/** Sig_structure for COSE_Sign1 (RFC 9052 §4.4) with empty external_aad. */
export function encodeSigStructure(protectedHeader: Uint8Array, payload: Uint8Array): Uint8Array {
  return encode(['Signature1', protectedHeader, new Uint8Array(0), payload])
}

export function encodeClaims(claims: PassClaims): Uint8Array {
  const pass = new Map<string, unknown>([
    ['v', PASS_CLAIMS_VERSION],
    ['pid', claims.pid],
    ['n', claims.n],
    ['c', claims.c],
    ['r', claims.r],
  ])
  if (claims.unconfirmed) {
    pass.set('u', 1)
    if (claims.last4) pass.set('k', claims.last4)
  }
  return encode(
    new Map<number, unknown>([
      [CLAIM_ISS, claims.iss],
      [CLAIM_IAT, claims.iat],
      [CLAIM_EXP, claims.exp],
      [CLAIM_PASS, pass],
    ]),
  )
}

/** Reads claims from an already-decoded CWT map; undefined when the shape is wrong. */
export function readClaims(cwt: unknown): PassClaims | undefined {
  if (!(cwt instanceof Map)) return undefined
  const pass: unknown = cwt.get(CLAIM_PASS)
  if (!(pass instanceof Map) || pass.get('v') !== PASS_CLAIMS_VERSION) return undefined
  const claims = {
    iss: cwt.get(CLAIM_ISS),
    iat: cwt.get(CLAIM_IAT),
    exp: cwt.get(CLAIM_EXP),
    pid: pass.get('pid'),
    n: pass.get('n'),
    c: pass.get('c'),
    r: pass.get('r'),
  }
  if (!isPassClaims(claims)) return undefined
  // Older gates ignore these; a gate that knows them asks for the identity card.
  const last4: unknown = pass.get('k')
  if (pass.get('u') === 1)
    return { ...claims, unconfirmed: true, ...(typeof last4 === 'string' && { last4: last4.slice(-4) }) }
  return claims
}

export function isPassClaims(value: Record<string, unknown>): value is PassClaims {
  const { iss, iat, exp, pid, n, c, r } = value
  return (
    typeof iss === 'string' &&
    typeof pid === 'string' &&
    pid.length > 0 &&
    typeof n === 'string' &&
    typeof r === 'string' &&
    (c === 0 || c === 1 || c === 2) &&
    Number.isSafeInteger(iat) &&
    Number.isSafeInteger(exp) &&
    (exp as number) > (iat as number)
  )
}
