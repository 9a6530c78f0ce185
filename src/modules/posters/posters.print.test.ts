// Printable posters: the PNG and PDF a community worker downloads and takes to the print shop.
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { nowIso } from '../../db/db.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { cjkFont, locateCjkFont } from './font.js'

const require = createRequire(import.meta.url)
// pngjs comes with qrcode and has no type declarations; jsqr is CommonJS with a default export
const { PNG } = require('pngjs') as {
  PNG: { sync: { read(png: Buffer): { width: number; height: number; data: Buffer } } }
}
const jsQR = (require('jsqr') as { default: typeof import('jsqr').default }).default

const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page(?!s)/g)?.length ?? 0

if (!locateCjkFont({ cjkFont: undefined }))
  throw new Error(
    'no CJK font for the poster tests: apt-get install fonts-noto-cjk (or add its path to CJK_FONT_PATHS)',
  )

describe.each(dialects)('printable posters on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('renders a compound’s poster as an A4 PNG whose QR code reads back as its /r/ link', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const { code } = (await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json()
    const res = await worker.get(`/api/v1/posters/regions/${tree.compoundA.id}/poster.png`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('image/png')
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('马限小区')}`)
    const png = PNG.sync.read(res.rawPayload)
    expect([png.width, png.height]).toEqual([1240, 1754]) // 150 dpi, 210 × 297 mm
    const qr = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    expect(qr?.data).toMatch(new RegExp(`^https?://[^/]+/r/${code}$`))
    // the title is white text on the red band: with no CJK glyphs the band would be plain red
    let white = 0
    for (let y = 20; y < 150; y++)
      for (let x = 0; x < png.width; x++) if (png.data[(y * png.width + x) * 4 + 1] > 200) white++
    expect(white).toBeGreaterThan(2000)
  })

  it('gives one place’s poster as a PDF with the Chinese font embedded', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const res = await worker.get(`/api/v1/posters/regions/${tree.compoundA.id}/poster.pdf`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('application/pdf')
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pageCount(res.rawPayload)).toBe(1)
    expect(res.rawPayload.toString('latin1')).toContain(cjkFont(t.config).postscriptName)
  })

  it('prints a checkpoint’s poster, and a community’s posters as one PDF, a page per place', async () => {
    const community = await createRegionDirect(t.db, tree.streetA.id, 'community', '新港社区')
    const east = await createRegionDirect(t.db, community.id, 'compound', '新港东区')
    await createRegionDirect(t.db, community.id, 'compound', '新港西区')
    await createRegionDirect(t.db, east.id, 'building', '1号楼') // buildings get no poster
    const gate = await makeCheckpoint(t.db, east.id, { name: '新港东区东门' })
    const worker = await t.as('community_worker', community)
    const one = await worker.get(`/api/v1/posters/checkpoints/${gate}/poster.pdf`)
    expect(one.statusCode).toBe(200)
    expect(pageCount(one.rawPayload)).toBe(1)
    const svg = await worker.get(`/api/v1/posters/checkpoints/${gate}/poster.svg`)
    expect(svg.body).toContain('新港东区东门')
    expect(svg.body).toContain('罗星街道 新港社区 新港东区')

    const all = await worker.get(`/api/v1/posters/regions/${community.id}/posters.pdf`)
    expect(all.statusCode).toBe(200)
    expect(all.headers['content-disposition']).toContain(encodeURIComponent('新港社区'))
    expect(pageCount(all.rawPayload)).toBe(3) // two compounds and the checkpoint
  })

  it('draws a poster once: the same poster again is the same bytes, and 304 for its ETag', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const gate = await makeCheckpoint(t.db, tree.compoundA.id, { name: '马限小区北门' })
    for (const ext of ['png', 'pdf']) {
      const url = `/api/v1/posters/checkpoints/${gate}/poster.${ext}`
      const first = await worker.get(url)
      expect(first.statusCode).toBe(200)
      const etag = first.headers.etag as string
      expect(etag).toMatch(/^"[\w-]{32}"$/)
      const started = performance.now()
      const again = await worker.get(url)
      expect(performance.now() - started).toBeLessThan(500) // served, not drawn
      expect(again.headers.etag).toBe(etag)
      expect(again.rawPayload.equals(first.rawPayload)).toBe(true)
      const unchanged = await worker.request({ method: 'GET', url, headers: { 'if-none-match': etag } })
      expect(unchanged.statusCode).toBe(304)
      expect(unchanged.rawPayload.length).toBe(0)
    }
  })

  it('answers 404 for places outside the worker’s community', async () => {
    const theirs = await t.as('community_worker', tree.communityB)
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    for (const url of [
      `/api/v1/posters/regions/${tree.compoundA.id}/poster.png`,
      `/api/v1/posters/regions/${tree.compoundA.id}/poster.pdf`,
      `/api/v1/posters/regions/${tree.communityA.id}/posters.pdf`,
      `/api/v1/posters/checkpoints/${gate}/poster.pdf`,
    ])
      expect((await theirs.get(url)).statusCode, url).toBe(404)
  })
})

describe.each(dialects)('posters without a CJK font on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_CJK_FONT: 'none' })
  })
  afterAll(() => t.close())

  it('refuses PDF and PNG with POSTER_FONT_MISSING and still serves the SVG', async () => {
    const tree = await makeTree(t)
    const worker = await t.as('community_worker', tree.communityA)
    for (const file of ['poster.pdf', 'poster.png']) {
      const res = await worker.get(`/api/v1/posters/regions/${tree.compoundA.id}/${file}`)
      expect(res.statusCode).toBe(503)
      expect(res.json().error.code).toBe('POSTER_FONT_MISSING')
      expect(res.json().error.message).toContain('fonts-noto-cjk')
    }
    const svg = await worker.get(`/api/v1/posters/regions/${tree.compoundA.id}/poster.svg`)
    expect(svg.statusCode).toBe(200)
  })

  it('refuses a community PDF of more than 2,000 pages before drawing any', async () => {
    const street = await createRegionDirect(t.db, t.top.id, 'street', '大街道')
    const at = nowIso()
    const rows = Array.from({ length: 2001 }, (_, i) => {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
      const common = { parent_id: street.id, depth: 2, code: null, created_at: at, updated_at: at }
      return { id, path: `${street.path}${id}/`, type: 'compound' as const, name: `小区${i}`, ...common }
    })
    for (let i = 0; i < rows.length; i += 400)
      await t.db
        .insertInto('region')
        .values(rows.slice(i, i + 400))
        .execute()
    const officer = await t.as('street_officer', street)
    const res = await officer.get(`/api/v1/posters/regions/${street.id}/posters.pdf`)
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('POSTER_TOO_MANY')
  })
})
