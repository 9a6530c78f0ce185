// Public API of the LF1 pass codec, shared by the server, the web gate and the CLI.
export { decodeBase45, encodeBase45 } from './base45.js'
export { decodeBase64Url, encodeBase64Url } from './bytes.js'
export { encodePass, kidOf, PASS_PREFIX, type PassClaims, type PassColour, type PassSigner } from './codec.js'
export type { Ed25519PublicJwk, PublicKeyLike } from './ed25519.js'
export { MAX_INFLATED_BYTES, MAX_QR_CHARS } from './envelope.js'
export {
  generatePassKeyPair,
  parseJwks,
  signerFromPrivateJwk,
  toJwk,
  toJwks,
  type Ed25519PrivateJwk,
  type Jwks,
  type RevocationList,
} from './keys.js'
export {
  DEFAULT_LEEWAY_SECONDS,
  verifyPass,
  type KeyLookup,
  type VerifyOptions,
  type VerifyResult,
  type VerifyStatus,
} from './verify.js'
