// Ed25519 verification: node:crypto's synchronous verify on a server (no promise and
// thread-pool hop per pass), WebCrypto in browsers (Chromium, Firefox, Safari 17+), and
// @noble/curves as a fallback for runtimes that lack WebCrypto Ed25519.
import { decodeBase64Url, encodeBase64Url, toBufferSource } from './bytes.js'

/** OKP/Ed25519 public key as published in the JWKS. */
export type Ed25519PublicJwk = {
  kty: 'OKP'
  crv: 'Ed25519'
  x: string
  kid?: string
  alg?: string
  use?: string
}
/** A raw 32-byte public key or its JWK. */
export type PublicKeyLike = Uint8Array | Ed25519PublicJwk

type Verifier = (signature: Uint8Array, data: Uint8Array) => Promise<boolean>

// RFC 8032 test 1 public key: importing it tells us whether WebCrypto knows Ed25519
// without confusing "unsupported" with "this particular key is bad".
const PROBE_KEY = Uint8Array.from(
  'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'.match(/../g)!,
  (h) => parseInt(h, 16),
)
let webCryptoProbe: Promise<boolean> | undefined
/** which engine verifies; tests pin the browser ones while running in Node */
let engine: 'auto' | 'webcrypto' | 'noble' = 'auto'

// A gate verifies thousands of passes with a handful of keys; importing once per kid
// matters. The source object is kept so a re-keyed kid is imported afresh.
const verifiers = new Map<string, { source: PublicKeyLike; verify: Promise<Verifier | undefined> }>()

/** Verifies an Ed25519 signature; false for a bad signature or an unusable key. */
export async function verifyEd25519(
  cacheId: string,
  source: PublicKeyLike,
  signature: Uint8Array,
  data: Uint8Array,
): Promise<boolean> {
  if (signature.length !== 64) return false
  let entry = verifiers.get(cacheId)
  if (!entry || (entry.source !== source && !isSameKey(entry.source, source))) {
    entry = { source, verify: makeVerifier(source) }
    verifiers.set(cacheId, entry)
  }
  const verify = await entry.verify
  return verify ? verify(signature, data) : false
}

/** Raw 32-byte key from either form; undefined when it is not an Ed25519 public key. */
export function rawPublicKey(source: unknown): Uint8Array | undefined {
  if (source instanceof Uint8Array) return source.length === 32 ? source : undefined
  if (typeof source !== 'object' || source === null) return undefined
  const { kty, crv, x } = source as Record<string, unknown>
  if (kty !== 'OKP' || crv !== 'Ed25519' || typeof x !== 'string') return undefined
  try {
    const raw = decodeBase64Url(x)
    return raw.length === 32 ? raw : undefined
  } catch {
    return undefined
  }
}

// Callers that rebuild key objects per lookup still hit the cache when the bytes match.
function isSameKey(a: PublicKeyLike, b: PublicKeyLike): boolean {
  const rawA = rawPublicKey(a)
  const rawB = rawPublicKey(b)
  return !!rawA && !!rawB && rawA.every((byte, i) => byte === rawB[i])
}

async function makeVerifier(source: PublicKeyLike): Promise<Verifier | undefined> {
  const raw = rawPublicKey(source)
  if (!raw) return undefined
  const node = nodeCrypto()
  if (node && engine === 'auto') return makeNodeVerifier(node, raw)
  return engine !== 'noble' && (await supportsWebCryptoEd25519())
    ? makeWebCryptoVerifier(raw)
    : makeNobleVerifier(raw)
}

/** The part of node:crypto used here, typed locally so that browser builds need no Node types. */
interface NodeCryptoLike {
  createPublicKey(input: { key: object; format: 'jwk' }): unknown
  verify(algorithm: null, data: Uint8Array, key: unknown, signature: Uint8Array): boolean
}

// process.getBuiltinModule (Node ≥ 20.16) reaches node:crypto without an import that a
// browser bundler would try to follow.
function nodeCrypto(): NodeCryptoLike | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process
  return p?.getBuiltinModule?.('node:crypto') as NodeCryptoLike | undefined
}

function makeNodeVerifier(node: NodeCryptoLike, raw: Uint8Array): Verifier | undefined {
  let key: unknown
  try {
    key = node.createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(raw) },
      format: 'jwk',
    })
  } catch {
    return undefined
  }
  return async (signature, data) => {
    try {
      return node.verify(null, data, key, signature)
    } catch {
      return false
    }
  }
}

async function makeWebCryptoVerifier(raw: Uint8Array): Promise<Verifier | undefined> {
  let key: CryptoKey
  try {
    key = await importEd25519(raw)
  } catch {
    return undefined
  }
  return (signature, data) =>
    crypto.subtle.verify('Ed25519', key, toBufferSource(signature), toBufferSource(data)).catch(() => false)
}

async function makeNobleVerifier(raw: Uint8Array): Promise<Verifier> {
  const { ed25519 } = await import('@noble/curves/ed25519.js')
  // zip215: false = strict RFC 8032 rules, the same answers WebCrypto/OpenSSL give.
  return async (signature, data) => {
    try {
      return ed25519.verify(signature, data, raw, { zip215: false })
    } catch {
      return false
    }
  }
}

function importEd25519(raw: Uint8Array): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', toBufferSource(raw), { name: 'Ed25519' }, false, ['verify'])
}

function supportsWebCryptoEd25519(): Promise<boolean> {
  webCryptoProbe ??= importEd25519(PROBE_KEY).then(
    () => true,
    () => false,
  )
  return webCryptoProbe
}

/** For tests: forget cached keys and choose the engine (noble = as if WebCrypto lacked Ed25519). */
export function resetEd25519(options: { engine?: typeof engine } = {}): void {
  verifiers.clear()
  engine = options.engine ?? 'auto'
  webCryptoProbe = undefined
}
