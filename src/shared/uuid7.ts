// UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. Ids a gate makes
// in time order land at the right-hand end of the primary-key index instead of on a random
// page of it, so a group commit dirties a page or two of that index rather than one per row.
const hex = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'))

export function uuidv7(ms: number = Date.now()): string {
  const b = new Uint8Array(16)
  globalThis.crypto.getRandomValues(b)
  const high = Math.floor(ms / 2 ** 32) // the top 16 of the 48 bits
  const low = ms % 2 ** 32
  b[0] = (high >>> 8) & 0xff
  b[1] = high & 0xff
  b[2] = (low >>> 24) & 0xff
  b[3] = (low >>> 16) & 0xff
  b[4] = (low >>> 8) & 0xff
  b[5] = low & 0xff
  b[6] = 0x70 | (b[6] & 0x0f) // version 7
  b[8] = 0x80 | (b[8] & 0x3f) // variant 10
  const h = Array.from(b, (x) => hex[x])
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`
}
