// Time-ordered ids (UUID version 7) for imported people: a million random keys scatter their
// inserts over the whole primary-key index, ordered ones append to its last page.
import { randomUUID } from 'node:crypto'

let lastMs = 0
let seq = 0

/** A UUIDv7: 48 bits of milliseconds, a 12-bit counter within the millisecond, 62 random bits. */
export function uuidv7(): string {
  let ms = Date.now()
  if (ms <= lastMs) {
    ms = lastMs
    if (++seq > 0xfff) {
      ms++ // the counter ran out: borrow the next millisecond, ids stay in order
      seq = 0
    }
  } else seq = 0
  lastMs = ms
  const t = ms.toString(16).padStart(12, '0')
  // randomUUID's variant nibble and 62 random bits, from its cached entropy
  const random = randomUUID().slice(19)
  return `${t.slice(0, 8)}-${t.slice(8)}-7${seq.toString(16).padStart(3, '0')}-${random}`
}
