import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../test/app.js'
import { dialects } from '../../test/db.js'
import { MAX_OFFSET } from '../core/schemas.js'
import { createRegionDirect } from '../modules/regions/regions.fixtures.js'
import { boundedCount, pageOffset } from './paging.js'

describe.each(dialects)('paged lists on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect)
  })
  afterAll(() => t.close())

  it('counts up to the bound and says when it stopped there', async () => {
    const regions = t.db.selectFrom('region')
    const all = Number(
      (await regions.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    )
    expect(await boundedCount(t.db, regions)).toEqual({ total: all })
    expect(await boundedCount(t.db, regions, all)).toEqual({ total: all })
    if (all > 1)
      expect(await boundedCount(t.db, regions, all - 1)).toEqual({ total: all - 1, totalAtLeast: true })
    expect(await boundedCount(t.db, regions.where('id', '=', 'none'))).toEqual({ total: 0 })
  })

  it('refuses a page number past MAX_OFFSET rows (a keyset or a filter reaches further)', async () => {
    expect(pageOffset(MAX_OFFSET / 20 + 1, 20)).toBe(MAX_OFFSET)
    const admin = await t.as('admin', t.top)
    const deep = await admin.get(`/api/v1/people?pageSize=20&page=${MAX_OFFSET / 20 + 2}`)
    expect(deep.statusCode).toBe(400)
    expect(deep.json().error.code).toBe('PAGE_TOO_DEEP')
    const last = await admin.get(`/api/v1/people?pageSize=20&page=${MAX_OFFSET / 20 + 1}`)
    expect(last.statusCode).toBe(200)
    expect(last.json()).toMatchObject({ items: [], total: 0 })
  })

  it('reads the people list by keyset: `next` of one page is `after` of the following', async () => {
    const admin = await t.as('admin', t.top)
    const compound = await createRegionDirect(t.db, t.top.id, 'compound', '游标小区')
    for (const [name, doc] of [
      ['甲', '350105199001010015'],
      ['乙', '350105199001010023'],
      ['丙', '350105199001010031'],
    ])
      await admin.post('/api/v1/people', {
        name,
        docType: 'passport',
        docNumber: `E${doc.slice(-8)}`,
        regionId: compound.id,
        residenceType: 'registered',
      })
    const q = `/api/v1/people?regionId=${compound.id}&pageSize=2`
    const first = (await admin.get(q)).json()
    expect(first.items).toHaveLength(2)
    expect(first.total).toBe(3)
    const second = (await admin.get(`${q}&after=${first.next}`)).json()
    expect(second.items.map((p: { name: string }) => p.name)).toEqual(
      (await admin.get(`/api/v1/people?regionId=${compound.id}&pageSize=3`))
        .json()
        .items.slice(2)
        .map((p: { name: string }) => p.name),
    )
    expect(second.next).toBeUndefined()
    expect((await admin.get(`${q}&after=bogus`)).statusCode).toBe(400)
  })
})
