// The poster renderers: a bounded queue, and a worker that dies fails its one job and is replaced.
import { afterEach, describe, expect, it } from 'vitest'
import { locateCjkFont } from './font.js'
import { createRenderPool, type RenderPool } from './render.pool.js'
import { createPosterCache } from './poster.cache.js'

const font = locateCjkFont({ cjkFont: undefined })!
const input = (code: string) => ({
  name: '马限小区',
  within: '罗星街道 马限社区',
  url: `https://x.cn/r/${code}`,
  code,
})

describe('poster render pool', () => {
  let pool: RenderPool | undefined
  afterEach(async () => pool?.close())

  it('renders PNG and PDF off the server thread, at most `size` at once, and refuses past its queue', async () => {
    pool = createRenderPool({ size: 1, maxQueue: 2, heapMb: 256 })
    const jobs = [pool.render('png', input('AAAA2222'), font), pool.render('pdf', input('AAAA3333'), font)]
    expect(pool.stats()).toMatchObject({ workers: 1, running: 1, queued: 1 })
    jobs.push(pool.render('pdf', input('AAAA4444'), font))
    await expect(pool.render('pdf', input('AAAA5555'), font)).rejects.toMatchObject({ code: 'POSTER_BUSY' })
    const [png, pdf] = await Promise.all(jobs)
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  }, 60_000)

  it('fails the job of a worker that runs out of memory, and renders the next one in a new worker', async () => {
    // pdfkit parses the 20 MB CJK font on its heap: 8 MB is not enough
    pool = createRenderPool({ size: 1, maxQueue: 4, heapMb: 8 })
    await expect(pool.render('pdf', input('BBBB2222'), font)).rejects.toMatchObject({
      code: 'POSTER_RENDER_FAILED',
    })
    expect(pool.stats().workers).toBe(0)
    await pool.close()
    pool = createRenderPool({ size: 1, maxQueue: 4, heapMb: 256 })
    expect((await pool.render('png', input('BBBB3333'), font)).subarray(1, 4).toString()).toBe('PNG')
  }, 60_000)
})

describe('poster cache', () => {
  it('draws a poster once however many ask at once, and keeps within its bytes, least recent out', async () => {
    const cache = createPosterCache(10)
    let draws = 0
    const draw = (n: number) => async () => (draws++, Buffer.alloc(n))
    const [a, b] = await Promise.all([cache.get('a', draw(4)), cache.get('a', draw(4))])
    expect(a).toBe(b)
    expect(draws).toBe(1)
    await cache.get('b', draw(4))
    await cache.get('a', draw(4)) // a is now the most recent
    await cache.get('c', draw(4)) // b goes
    expect(cache.stats()).toEqual({ entries: 2, bytes: 8 })
    await cache.get('a', draw(4))
    expect(draws).toBe(3)
    await cache.get('b', draw(4))
    expect(draws).toBe(4)
  })
})
