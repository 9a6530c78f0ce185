// Key plumbing: the JWKS served at /.well-known/lianfang/keys.json and the signer the
// server uses. WebCrypto only, so gates in the browser can share this code.
import { decodeBase64Url, encodeBase64Url, toBufferSource } from './bytes.js'
import { kidOf, type PassSigner } from './codec.js'
import { rawPublicKey, type Ed25519PublicJwk } from './ed25519.js'

export type Ed25519PrivateJwk = Ed25519PublicJwk & { d: string }
export type Jwks = { keys: Ed25519PublicJwk[] }
/** The revocation list served at /.well-known/lianfang/revoked.json: passes a gate must refuse until they expire. */
export type RevocationList = { generatedAt: string; revoked: { pid: string; expires: string }[] }

export function toJwk(publicKeyRaw: Uint8Array, kid: Uint8Array | string): Ed25519PublicJwk {
  if (publicKeyRaw.length !== 32) throw new TypeError('toJwk: Ed25519 public keys are 32 bytes')
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: encodeBase64Url(publicKeyRaw),
    kid: typeof kid === 'string' ? kid : encodeBase64Url(kid),
    alg: 'EdDSA',
    use: 'sig',
  }
}

export async function toJwks(publicKeysRaw: Uint8Array[]): Promise<Jwks> {
  return { keys: await Promise.all(publicKeysRaw.map(async (raw) => toJwk(raw, await kidOf(raw)))) }
}

/**
 * JWKS → key map for verifyPass, keyed by base64url kid. The kid is recomputed from the
 * key itself; entries whose published kid disagrees, or that are not Ed25519, are skipped
 * so one bad entry cannot shadow a good key.
 */
export async function parseJwks(jwks: unknown): Promise<Map<string, Uint8Array>> {
  const keys = new Map<string, Uint8Array>()
  const entries: unknown =
    typeof jwks === 'object' && jwks !== null ? (jwks as { keys?: unknown }).keys : undefined
  if (!Array.isArray(entries)) return keys
  for (const entry of entries) {
    const raw = rawPublicKey(entry)
    if (!raw) continue
    const kid = encodeBase64Url(await kidOf(raw))
    const stated = (entry as { kid?: unknown }).kid
    if (stated === undefined || stated === kid) keys.set(kid, raw)
  }
  return keys
}

/** A PassSigner over an Ed25519 private JWK (needs WebCrypto Ed25519: Node ≥ 20). */
export async function signerFromPrivateJwk(jwk: Ed25519PrivateJwk): Promise<PassSigner> {
  const { kty, crv, x, d } = jwk
  const key = await crypto.subtle.importKey('jwk', { kty, crv, x, d }, { name: 'Ed25519' }, false, ['sign'])
  const kid = await kidOf(decodeBase64Url(x))
  return {
    kid,
    sign: async (data) => new Uint8Array(await crypto.subtle.sign('Ed25519', key, toBufferSource(data))),
  }
}

/** A fresh key pair as JWKs; for setup commands and tests. */
export async function generatePassKeyPair(): Promise<{
  privateJwk: Ed25519PrivateJwk
  publicJwk: Ed25519PublicJwk
}> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, [
    'sign',
    'verify',
  ])) as CryptoKeyPair
  const { x, d } = await crypto.subtle.exportKey('jwk', pair.privateKey)
  const publicJwk = toJwk(decodeBase64Url(x!), await kidOf(decodeBase64Url(x!)))
  return { privateJwk: { ...publicJwk, d: d! }, publicJwk }
}
