// Byte helpers without Buffer, so this folder runs unchanged in the browser.

// TS types WebCrypto inputs as ArrayBuffer-backed views; our bytes always are, but
// copy in the rare case one is not (e.g. a SharedArrayBuffer view) rather than cast blindly.
export function toBufferSource(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes)
}

export function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0))
  let offset = 0
  for (const p of parts) {
    out.set(p, offset)
    offset += p.length
  }
  return out
}

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i])
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

const BASE64URL = /^[A-Za-z0-9_-]*$/

export function decodeBase64Url(text: string): Uint8Array {
  // atob would also accept '+', '/', padding and whitespace; a kid or key must have one spelling.
  if (!BASE64URL.test(text) || text.length % 4 === 1) throw new Error('base64url: invalid input')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}
