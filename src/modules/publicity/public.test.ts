import { SaxesParser } from 'saxes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { systemActor } from '../../core/actor.js'
import { makeObservation } from '../observations/observations.fixtures.js'
import { openObservation } from '../observations/index.js'
import { makeMobile, makePerson, makeResidentId } from '../people/people.fixtures.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'

/** Every "<n>人" on the page is either at least `min` or part of "少于<min>人". */
function smallCounts(html: string, min: number): string[] {
  return [...html.matchAll(/(少于)?(\d+)人/g)].filter((m) => !m[1] && Number(m[2]) < min).map((m) => m[0])
}

function parseXml(xml: string) {
  const parser = new SaxesParser({ xmlns: true })
  const elements: { name: string; text: string }[] = []
  let text = ''
  parser.on('opentag', () => (text = ''))
  parser.on('text', (t) => (text += t))
  parser.on('closetag', (tag) => elements.push({ name: tag.local, text }))
  parser.write(xml).close() // throws on anything that is not well-formed
  return elements
}

describe.each(dialects)('public community page on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  const secret = { name: '欧阳翠花', doc: makeResidentId('19781109'), phone: makeMobile() }
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    // 马限小区: one newly observed person, whose name must appear nowhere
    const person = await makePerson(t.db, tree.compoundA.id, {
      name: secret.name,
      docNumber: secret.doc,
      phone: secret.phone,
    })
    await openObservation(t.db, systemActor(t.top.id, t.top.path), {
      personId: person.id,
      reason: '自武汉返回',
    })
    // 江滨小区: three newly observed people
    const other = await createRegionDirect(t.db, tree.communityA.id, 'compound', '江滨小区')
    for (let i = 0; i < 3; i++) await makeObservation(t.db, other.id)
  })
  afterAll(() => t.close())

  const get = (url: string) => t.app.inject({ url })

  it('shows the bulletin as counts only: no name, document or phone, no count below 3', async () => {
    const res = await get(`/p/${tree.communityA.id}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/html/)
    const html = res.body
    expect(html).toContain('马限社区')
    expect(html).toContain('马限小区：少于3人')
    expect(html).toContain('江滨小区：3人')
    // 4 in all, but an exact total would give the hidden compound away by subtraction
    expect(html).toContain('<dt>今日新增居家医学观察</dt><dd>不少于3人</dd>')
    expect(html).toContain('<dt>目前仍在观察</dt><dd>不少于3人</dd>')
    expect(html).not.toContain('4人')
    for (const leak of [
      secret.name,
      '欧阳',
      '翠花',
      secret.doc,
      secret.doc.slice(-4),
      secret.phone,
      secret.phone.slice(-4),
    ])
      expect(html).not.toContain(leak)
    expect(smallCounts(html, 3)).toEqual([])
    // strict CSP: no inline styles or scripts, the stylesheet comes from its own route
    expect(html).not.toMatch(/<style|style=|<script/)
    const css = await get('/p/assets/public.css')
    expect(css.headers['content-type']).toMatch(/^text\/css/)
    expect(css.body).toContain('size: A4')
  })

  it('opens by official code, and has no page for a compound or an unknown community', async () => {
    const admin = await t.as('admin', t.top)
    await admin.patch(`/api/v1/regions/${tree.communityA.id}`, { code: '350105001001' })
    expect((await get('/p/350105001001')).body).toContain('马限社区')
    expect((await get(`/p/${tree.compoundA.id}`)).statusCode).toBe(404)
    const missing = await get('/p/no-such-place')
    expect(missing.statusCode).toBe(404)
    expect(missing.body).toContain('页面不存在')
  })

  it('publishes an Atom feed that is well-formed XML with the published notices', async () => {
    const author = await t.as('community_worker', tree.communityA)
    const approver = await t.as('community_worker', tree.communityA)
    const titles = ['“十一个必须” <居家版> & 说明', '居家防护知识']
    const ids: string[] = []
    for (const title of titles) {
      const id = (
        await author.post('/api/v1/notices', {
          regionId: tree.communityA.id,
          kind: 'rules',
          title,
          body: '一、必须戴口罩。',
        })
      ).json().id
      await approver.post(`/api/v1/notices/${id}/approve`)
      await author.post(`/api/v1/notices/${id}/publish`)
      ids.push(id)
    }
    await author.post('/api/v1/notices', {
      regionId: tree.communityA.id,
      kind: 'story',
      title: '未发布的草稿',
      body: '草稿',
    })

    const res = await get(`/p/${tree.communityA.id}/feed.atom`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/)
    const elements = parseXml(res.body)
    expect(elements.at(-1)!.name).toBe('feed')
    const entryTitles = elements.filter(
      (e, i) => e.name === 'title' && elements.slice(i).some((x) => x.name === 'entry'),
    )
    expect(elements.filter((e) => e.name === 'entry')).toHaveLength(2)
    expect(entryTitles.map((e) => e.text)).toEqual(expect.arrayContaining(titles))
    expect(res.body).not.toContain('未发布的草稿')
    expect(elements.filter((e) => e.name === 'id').map((e) => e.text)).toEqual(
      expect.arrayContaining(ids.map((id) => `urn:uuid:${id}`)),
    )
  })

  it('prints a published notice on A4 with a QR code of the community page', async () => {
    const list = (
      await (await t.as('community_worker', tree.communityA)).get('/api/v1/notices?status=published')
    ).json()
    const notice = list.items[0]
    const res = await get(`/p/${tree.communityA.id}/notices/${notice.id}/print`)
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('<body class="print">')
    expect(res.body).toMatch(/<svg[^>]*viewBox/)
    expect(res.body).toMatch(new RegExp(`http://localhost(:80)?/p/${tree.communityA.id}<`))
    expect((await get(`/p/${tree.communityA.id}/notices/${notice.id}`)).body).toContain('必须戴口罩')
    // a notice of another community is not reachable through this community's address
    expect((await get(`/p/${tree.communityB.id}/notices/${notice.id}/print`)).statusCode).toBe(404)
  })
})
