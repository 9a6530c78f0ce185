// Decoding side of the envelope: text → bytes → COSE_Sign1 parts. Nothing here looks
// inside the payload; claims are read only after the signature has been checked.
import { decode, Tagged, type DecodeOptions } from 'cborg'
import { Unzlib } from 'fflate'
import { decodeBase45 } from './base45.js'
import { concatBytes } from './bytes.js'
import { ALG_EDDSA, COSE_SIGN1_TAG, HEADER_ALG, HEADER_CRIT, HEADER_KID, PASS_PREFIX } from './codec.js'

/** The most a QR code can hold (version 40, alphanumeric); longer text cannot be a scanned pass. */
export const MAX_QR_CHARS = 4296
/** A real pass inflates to ~200 bytes; the cap leaves room to grow and stops zip bombs. */
export const MAX_INFLATED_BYTES = 4096
// Deflate expands at most ~1032×, so feeding 64 bytes at a time bounds what one step can
// allocate (~66 KB) before we get to look at the running total.
const FEED_BYTES = 64

// Strict decoding: one spelling per value, no indefinite lengths, no duplicate keys, and
// the only tag understood is COSE_Sign1's; anything else throws and becomes "malformed".
export const STRICT_CBOR: DecodeOptions = {
  strict: true,
  useMaps: true,
  rejectDuplicateMapKeys: true,
  allowIndefinite: false,
  allowUndefined: false,
  allowBigInt: false,
  allowNaN: false,
  allowInfinity: false,
  tags: { [COSE_SIGN1_TAG]: Tagged.decoder(COSE_SIGN1_TAG) },
}

export type Envelope = {
  protectedHeader: Uint8Array
  payload: Uint8Array
  signature: Uint8Array
  kid: Uint8Array
}

export type EnvelopeResult = { ok: true; envelope: Envelope } | { ok: false }

/** Unwraps "LF1:" text down to the signed parts; { ok: false } for anything malformed. */
export function openEnvelope(qr: unknown): EnvelopeResult {
  if (typeof qr !== 'string' || qr.length > MAX_QR_CHARS || !qr.startsWith(PASS_PREFIX)) return { ok: false }
  try {
    const inflated = inflateCapped(decodeBase45(qr.slice(PASS_PREFIX.length)))
    return inflated ? readSign1(decode(inflated, STRICT_CBOR)) : { ok: false }
  } catch {
    return { ok: false }
  }
}

/** zlib-inflates at most `cap` bytes; undefined when the data is bad or would exceed the cap. */
export function inflateCapped(input: Uint8Array, cap = MAX_INFLATED_BYTES): Uint8Array | undefined {
  return readStoredZlib(input, cap) ?? inflateStreaming(input, cap)
}

// encodePass usually emits one stored block (signatures and random ids do not compress).
// Its length is declared up front, so it can be copied out directly, skipping the
// streaming inflater's 32 KB window (≈10× faster). Any other shape, including an
// oversized block, is left to inflateStreaming, which has the final say.
function readStoredZlib(input: Uint8Array, cap: number): Uint8Array | undefined {
  const header = (input[0] << 8) | input[1]
  // 0x78: deflate with a 32 KB window; FDICT (0x20) off; first block byte 0x01 = final + stored.
  if (input[0] !== 0x78 || header % 31 !== 0 || (input[1] & 0x20) !== 0 || input[2] !== 0x01) return undefined
  const length = input[3] | (input[4] << 8)
  const lengthComplement = input[5] | (input[6] << 8)
  if ((length ^ lengthComplement) !== 0xffff || length > cap || input.length !== 7 + length + 4)
    return undefined
  return input.slice(7, 7 + length)
}

export function inflateStreaming(input: Uint8Array, cap: number): Uint8Array | undefined {
  const parts: Uint8Array[] = []
  let total = 0
  let ended = false
  const stream = new Unzlib((chunk, final) => {
    total += chunk.length
    if (total <= cap) parts.push(chunk)
    ended = final
  })
  try {
    for (let i = 0; i < input.length && total <= cap; i += FEED_BYTES) {
      stream.push(input.subarray(i, i + FEED_BYTES), false)
    }
    if (total <= cap) stream.push(new Uint8Array(0), true)
  } catch {
    return undefined
  }
  return total <= cap && ended ? concatBytes(parts) : undefined
}

function readSign1(value: unknown): EnvelopeResult {
  if (!(value instanceof Tagged) || value.tag !== COSE_SIGN1_TAG) return { ok: false }
  const parts: unknown = value.value
  if (!Array.isArray(parts) || parts.length !== 4) return { ok: false }
  const [protectedHeader, unprotectedHeader, payload, signature] = parts as unknown[]
  if (!(protectedHeader instanceof Uint8Array) || !(unprotectedHeader instanceof Map)) return { ok: false }
  if (!(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) return { ok: false }
  const kid = readProtectedKid(protectedHeader)
  return kid ? { ok: true, envelope: { protectedHeader, payload, signature, kid } } : { ok: false }
}

// Only EdDSA is accepted: trusting the header's alg choice is how algorithm-confusion
// attacks work. Any other alg, or a crit list we would have to honour, is malformed.
function readProtectedKid(protectedHeader: Uint8Array): Uint8Array | undefined {
  const header: unknown = decode(protectedHeader, STRICT_CBOR)
  if (!(header instanceof Map) || header.get(HEADER_ALG) !== ALG_EDDSA || header.has(HEADER_CRIT))
    return undefined
  const kid: unknown = header.get(HEADER_KID)
  return kid instanceof Uint8Array && kid.length > 0 && kid.length <= 32 ? kid : undefined
}
