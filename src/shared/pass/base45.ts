// Base45 (RFC 9285): the QR alphanumeric mode packs 45 symbols at 5.5 bits each, so
// base45 text fills a QR code more tightly than base64 would in byte mode.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

// Reverse lookup over ASCII; -1 marks characters outside the alphabet.
const VALUES = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i

export function encodeBase45(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = bytes[i] * 256 + bytes[i + 1]
    out += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45) % 45] + ALPHABET[Math.floor(n / 2025)]
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]
    out += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45)]
  }
  return out
}

export function decodeBase45(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Error('base45: invalid length')
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0))
  let o = 0
  for (let i = 0; i < text.length; i += 3) {
    const c = valueAt(text, i)
    const d = valueAt(text, i + 1)
    if (i + 2 < text.length) {
      const n = c + d * 45 + valueAt(text, i + 2) * 2025
      // Three characters can spell up to 91124; anything over 16 bits is not base45.
      if (n > 0xffff) throw new Error('base45: group out of range')
      out[o++] = n >> 8
      out[o++] = n & 0xff
    } else {
      const n = c + d * 45
      if (n > 0xff) throw new Error('base45: group out of range')
      out[o++] = n
    }
  }
  return out
}

function valueAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  const v = code < 128 ? VALUES[code] : -1
  if (v < 0) throw new Error(`base45: invalid character at ${i}`)
  return v
}
