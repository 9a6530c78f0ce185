// UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit counter within the
// millisecond, 62 random bits. Ids made in time order (a gate's passages, an import's people)
// land at the right-hand end of the primary-key index instead of on a random page of it, so a
// group commit or a bulk load dirties a page or two of that index rather than one per row.
let lastMs = 0
let seq = 0

export function uuidv7(at: number = Date.now()): string {
  let ms = at
  if (ms <= lastMs && lastMs - ms < 1000) {
    ms = lastMs
    if (++seq > 0xfff) {
      ms++ // the counter ran out: borrow the next millisecond, ids stay in order
      seq = 0
    }
  } else seq = 0
  lastMs = ms
  const t = ms.toString(16).padStart(12, '0')
  // randomUUID's variant nibble and 62 random bits (Node draws them from cached entropy)
  const random = globalThis.crypto.randomUUID().slice(19)
  return `${t.slice(0, 8)}-${t.slice(8)}-7${seq.toString(16).padStart(3, '0')}-${random}`
}
