import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { publicityCounts } from './index.js'

const day = (over: Record<string, number> = {}) => ({
  banners: 10,
  slogans: 500,
  householdsVisited: 700,
  peopleReached: 1600,
  posts: 20,
  articles: 4,
  chatGroups: 15,
  ...over,
})

describe.each(dialects)('publicity activity log on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('sums the days up to a date; a later day or a correction of a later day leaves it alone', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const put = (date: string, over?: Record<string, number>) =>
      worker.request({
        method: 'PUT',
        url: '/api/v1/publicity/activities',
        payload: { regionId: tree.communityA.id, date, ...day(over) },
      })
    expect((await put('2020-01-25')).statusCode).toBe(200)
    await put('2020-01-26', { banners: 42 })
    const asOf26 = (await worker.get('/api/v1/publicity/counts?asOf=2020-01-26')).json()
    expect(asOf26).toMatchObject({ banners: 52, slogans: 1000, householdsVisited: 1400, chatGroups: 30 })

    await put('2020-01-27', { banners: 100 })
    // entering 26 January again corrects that day instead of adding a second row
    const corrected = await put('2020-01-26', { banners: 2 })
    expect(corrected.json()).toMatchObject({ date: '2020-01-26', banners: 2 })
    expect((await worker.get('/api/v1/publicity/counts?asOf=2020-01-26')).json().banners).toBe(12)
    expect((await worker.get('/api/v1/publicity/counts?asOf=2020-01-27')).json().banners).toBe(112)
    expect((await worker.get('/api/v1/publicity/activities?from=2020-01-26')).json()).toHaveLength(2)

    // another street's figures stay out of this community's totals and out of sight
    const other = await t.as('community_worker', tree.communityB)
    const theirs = await other.request({
      method: 'PUT',
      url: '/api/v1/publicity/activities',
      payload: { regionId: tree.communityB.id, date: '2020-01-26', ...day() },
    })
    expect(theirs.statusCode).toBe(200)
    const ours = await publicityCounts(t.db, { asOf: '2020-01-27', withinPath: tree.communityA.path })
    expect(ours.banners).toBe(112)
    const district = await publicityCounts(t.db, { asOf: '2020-01-27', withinPath: t.top.path })
    expect(district.banners).toBe(122)
    expect(
      (await other.get(`/api/v1/publicity/counts?asOf=2020-01-27&regionId=${tree.communityA.id}`)).statusCode,
    ).toBe(404)
  })

  it('refuses negative figures and impossible dates', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const res = await worker.request({
      method: 'PUT',
      url: '/api/v1/publicity/activities',
      payload: { regionId: tree.communityA.id, date: '2020-02-31x', ...day({ banners: -1 }) },
    })
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
  })
})
