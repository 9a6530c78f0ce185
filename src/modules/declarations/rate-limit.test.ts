import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'

describe.each(dialects)('the resident entry’s rate limit on %s', (dialect) => {
  let t: TestApp
  let placeCode: string
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_PUBLIC_RATE_PER_MINUTE: '3' })
    const tree = await makeTree(t)
    const worker = await t.as('community_worker', tree.communityA)
    placeCode = (await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json().code
  })
  afterAll(() => t.close())

  const from = (remoteAddress: string, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress })

  it('tells one address in Chinese to wait once it passes the limit, and leaves other addresses alone', async () => {
    const bad = { placeCode, name: '王小红', docType: 'id_card', docNumber: '1', symptoms: [] }
    for (let i = 0; i < 3; i++)
      expect((await from('10.0.0.1', '/api/v1/r/declarations', bad)).statusCode).toBe(400)
    const limited = await from('10.0.0.1', '/api/v1/r/declarations', bad)
    expect(limited.statusCode).toBe(429)
    expect(limited.json().error).toMatchObject({ code: 'RATE_LIMITED', message: '尝试次数过多，请稍后再试' })
    // a pass fetch from the same address has its own allowance; another address is not limited
    expect((await from('10.0.0.1', '/api/v1/r/pass', { deviceSecret: 'x'.repeat(43) })).statusCode).not.toBe(
      429,
    )
    expect((await from('10.0.0.2', '/api/v1/r/declarations', bad)).statusCode).toBe(400)
    // staff pages are not limited by it
    const admin = await t.as('admin', t.top)
    for (let i = 0; i < 5; i++) expect((await admin.get('/api/v1/risk-areas')).statusCode).toBe(200)
  })
})
