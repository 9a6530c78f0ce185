// Offline pass check for gates (卡口): signature first, then claims, time and revocation.
import { decode } from 'cborg'
import { encodeBase64Url } from './bytes.js'
import { encodeSigStructure, readClaims, type PassClaims } from './codec.js'
import { verifyEd25519, type PublicKeyLike } from './ed25519.js'
import { openEnvelope, STRICT_CBOR } from './envelope.js'

export type VerifyStatus =
  | 'valid'
  | 'expired'
  | 'not_yet_valid'
  | 'bad_signature'
  | 'unknown_key'
  | 'revoked'
  | 'malformed'
  | 'wrong_issuer'

/** claims only appear once the signature checked out; kid once the header parsed. */
export type VerifyResult = { status: VerifyStatus; claims?: PassClaims; kid?: string }

export type KeyLookup = Map<string, PublicKeyLike> | ((kid: string) => PublicKeyLike | undefined)

export type VerifyOptions = {
  /** Public keys by base64url kid, e.g. from parseJwks(). */
  keys: KeyLookup
  revoked?: (pid: string) => boolean
  /** The deployment's id: a pass whose `iss` differs is 'wrong_issuer', even if some key verifies it. */
  issuer?: string
  /** Seconds since the epoch; defaults to the clock. */
  now?: number
  /** Clock skew tolerated on iat and exp; default 60 s because gate phones drift. */
  leewaySeconds?: number
}

export const DEFAULT_LEEWAY_SECONDS = 60

/**
 * Checks a scanned "LF1:" string. Never throws: anything that is not a well-formed
 * EdDSA COSE_Sign1 pass (wrong prefix, bad base45/zlib/CBOR, other alg, oversize,
 * unsigned claims of the wrong shape) is 'malformed'. A throwing `keys` or `revoked`
 * callback also ends as 'malformed', so a gate fails closed.
 */
export async function verifyPass(qr: string, opts: VerifyOptions): Promise<VerifyResult> {
  try {
    return await checkPass(qr, opts)
  } catch {
    return { status: 'malformed' }
  }
}

async function checkPass(qr: string, opts: VerifyOptions): Promise<VerifyResult> {
  const opened = openEnvelope(qr)
  if (!opened.ok) return { status: 'malformed' }
  const { protectedHeader, payload, signature, kid: kidBytes } = opened.envelope
  const kid = encodeBase64Url(kidBytes)
  const key = findKey(opts.keys, kid)
  if (!key) return { status: 'unknown_key', kid }
  const signed = encodeSigStructure(protectedHeader, payload)
  if (!(await verifyEd25519(kid, key, signature, signed))) return { status: 'bad_signature', kid }

  // Only now is the payload trusted enough to parse.
  const claims = readClaims(decode(payload, STRICT_CBOR))
  if (!claims) return { status: 'malformed', kid }
  return { status: judgeClaims(claims, opts), claims, kid }
}

function findKey(keys: KeyLookup, kid: string): PublicKeyLike | undefined {
  return typeof keys === 'function' ? keys(kid) : keys.get(kid)
}

// Revocation outranks the clock: a gate should say "revoked" even for an expired pass.
function judgeClaims(claims: PassClaims, opts: VerifyOptions): VerifyStatus {
  // Another deployment's pass says nothing about this one's residents, whatever its colour.
  if (opts.issuer !== undefined && claims.iss !== opts.issuer) return 'wrong_issuer'
  if (opts.revoked?.(claims.pid)) return 'revoked'
  const now = opts.now ?? Math.floor(Date.now() / 1000)
  const leeway = opts.leewaySeconds ?? DEFAULT_LEEWAY_SECONDS
  if (now + leeway < claims.iat) return 'not_yet_valid'
  if (now - leeway >= claims.exp) return 'expired'
  return 'valid'
}
