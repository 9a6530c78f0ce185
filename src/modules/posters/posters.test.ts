import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'

describe.each(dialects)('posters on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('gives a compound one stable place code and an A4 poster linking to /r/<code>', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const first = (await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json()
    expect(first.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/)
    expect((await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json().code).toBe(
      first.code,
    )
    const svg = await worker.get(`/api/v1/posters/regions/${tree.compoundA.id}/poster.svg`)
    expect(svg.headers['content-type']).toContain('image/svg+xml')
    expect(svg.body).toContain('width="210mm" height="297mm"')
    expect(svg.body).toContain('马限小区')
    expect(svg.body).toContain(first.code)
    const png = await worker.get(`/api/v1/posters/regions/${tree.compoundA.id}/qr.png`)
    expect(png.rawPayload.subarray(1, 4).toString()).toBe('PNG')
    const theirs = await t.as('community_worker', tree.communityB)
    expect((await theirs.get(`/api/v1/posters/regions/${tree.compoundA.id}/poster.svg`)).statusCode).toBe(404)
  })

  it('prints a whole community’s posters as one document, a sheet per compound', async () => {
    await createRegionDirect(t.db, tree.communityA.id, 'compound', '船政小区')
    const worker = await t.as('community_worker', tree.communityA)
    const book = await worker.get(`/api/v1/posters/regions/${tree.communityA.id}/book.html`)
    expect(book.statusCode).toBe(200)
    expect(book.body.match(/class="sheet"/g)).toHaveLength(2)
    expect(book.body).toContain('船政小区')
  })
})
