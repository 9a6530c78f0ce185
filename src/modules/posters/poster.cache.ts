// Rendered posters by content: the same place, name and link in the same format and font give
// the same bytes, so they are drawn once and served again (with an ETag) until the cache's
// byte budget pushes them out, least recently used first. Requests for a poster being drawn
// wait for that one render.
import { createHash } from 'node:crypto'
import type { PosterFormat } from './render.pool.js'
import type { PosterInput } from './poster.render.js'

/** The poster's content hash: also its ETag. */
export const posterKey = (format: PosterFormat, input: PosterInput, fontPath: string) =>
  createHash('sha256')
    .update(JSON.stringify([format, fontPath, input.name, input.within, input.url, input.code]))
    .digest('base64url')
    .slice(0, 32)

export function createPosterCache(maxBytes: number) {
  const done = new Map<string, Buffer>() // in use order: the first is the least recent
  const drawing = new Map<string, Promise<Buffer>>()
  let bytes = 0

  function keep(key: string, buf: Buffer) {
    if (buf.length > maxBytes || done.has(key)) return
    done.set(key, buf)
    bytes += buf.length
    for (const [k, b] of done) {
      if (bytes <= maxBytes) break
      done.delete(k)
      bytes -= b.length
    }
  }

  return {
    /** The cached bytes, or those of `draw()` (called once however many ask at once). */
    async get(key: string, draw: () => Promise<Buffer>): Promise<Buffer> {
      const hit = done.get(key)
      if (hit) {
        done.delete(key)
        done.set(key, hit)
        return hit
      }
      let p = drawing.get(key)
      if (!p) {
        p = draw()
          .then((buf) => (keep(key, buf), buf))
          .finally(() => drawing.delete(key))
        drawing.set(key, p)
      }
      return p
    },
    stats: () => ({ entries: done.size, bytes }),
  }
}
