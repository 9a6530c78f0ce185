// Hostile input (issue 15): each request that once answered 500 now gets a 4xx with a stable
// code, leaves nothing behind, and the audit chain still verifies.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../../src/core/audit.js'
import { makeCheckpoint } from '../../src/modules/checkpoints/checkpoints.fixtures.js'
import { samples as importSamples } from '../../src/modules/imports/imports.fixtures.js'
import { createTestApp, makeTree, type Client, type TestApp } from '../app.js'
import { dialects } from '../db.js'

describe.each(dialects)('hostile input on %s', (dialect) => {
  let t: TestApp
  let admin: Client
  let worker: Client
  let tree: Awaited<ReturnType<typeof makeTree>>
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lianfang-hostile-'))
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_DATA_DIR: dataDir })
    tree = await makeTree(t)
    admin = await t.as('admin', t.top)
    worker = await t.as('community_worker', tree.communityA)
  })
  afterAll(() => t.close())

  const errorOf = (res: { statusCode: number; json(): { error: { code: string; message: string } } }) => ({
    status: res.statusCode,
    code: res.json().error.code,
  })

  it('refuses a NUL byte in a body, a query value and the anonymous login with 400 BAD_TEXT', async () => {
    const region = await admin.post('/api/v1/regions', {
      parentId: t.top.id,
      name: '罗星\u0000街道',
      type: 'street',
    })
    expect(errorOf(region)).toEqual({ status: 400, code: 'BAD_TEXT' })
    expect(region.json().error.message).toContain('name')
    expect(errorOf(await admin.get('/api/v1/regions?q=%00'))).toEqual({ status: 400, code: 'BAD_TEXT' })
    expect(errorOf(await admin.get('/api/v1/people?q=a%00b'))).toEqual({ status: 400, code: 'BAD_TEXT' })
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin\u0000', password: 'x' },
    })
    expect(errorOf(login)).toEqual({ status: 400, code: 'BAD_TEXT' })
  })

  it('refuses a lone surrogate at login, and the audit chain still verifies', async () => {
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"\\ud800x","password":"\\udc00"}',
    })
    expect(errorOf(login)).toEqual({ status: 400, code: 'BAD_TEXT' })
    expect((await verifyAuditChain(t.db)).ok).toBe(true)
  })

  it('refuses page=1e308 on every paged list with 400', async () => {
    const paged = t.app.apiRoutes.filter(
      (r) =>
        r.method === 'GET' &&
        (r.schema?.querystring as { properties?: object } | undefined)?.properties &&
        'page' in (r.schema!.querystring as { properties: object }).properties,
    )
    expect(paged.length).toBeGreaterThanOrEqual(13)
    for (const r of paged) {
      for (const page of ['1e308', '10001', '-1', 'x']) {
        const res = await admin.get(`${r.url.replace(/:\w+/g, 'x')}?page=${page}`)
        expect([r.url, page, res.statusCode]).toEqual([r.url, page, 400])
      }
    }
    expect((await admin.get('/api/v1/users?page=10000')).statusCode).toBe(200)
  })

  it('refuses dates that are not calendar days or lie outside 1900..2100 (roster copy to 9999)', async () => {
    const checkpoint = await makeCheckpoint(t.db, tree.compoundA.id)
    for (const from of ['9999-12-31', '1899-12-31', '2026-02-30', '2026-13-01']) {
      const res = await worker.post(`/api/v1/checkpoints/${checkpoint}/roster/copy`, {
        from,
        to: '2026-03-01',
      })
      expect([from, res.statusCode, res.json().error.code]).toEqual([from, 400, 'VALIDATION_FAILED'])
    }
    const ok = await worker.post(`/api/v1/checkpoints/${checkpoint}/roster/copy`, {
      from: '2026-02-28',
      to: '2026-03-01',
    })
    expect(ok.statusCode).toBe(200)
  })

  it('refuses a staff member linked to an empty or unknown login id, never a constraint error', async () => {
    const body = { regionId: tree.communityA.id, kind: 'volunteer', name: '志愿者甲', joinedOn: '2020-01-25' }
    expect((await worker.post('/api/v1/staff', { ...body, userId: '' })).statusCode).toBe(400)
    expect((await worker.post('/api/v1/staff', { ...body, userId: 'no-such-user' })).statusCode).toBe(404)
    const created = await worker.post('/api/v1/staff', body)
    expect(created.statusCode).toBe(201)
    const id = created.json().id
    expect((await worker.patch(`/api/v1/staff/${id}`, { userId: '' })).statusCode).toBe(400)
    expect((await worker.patch(`/api/v1/staff/${id}`, { userId: 'no-such-user' })).statusCode).toBe(404)
    expect((await worker.patch(`/api/v1/staff/${id}`, { userId: null })).statusCode).toBe(200)
  })

  it('refuses an upload without a file content type with 415 and leaves no file behind', async () => {
    const attempts = [
      { headers: {}, payload: undefined },
      { headers: {}, payload: Buffer.from('姓名,身份证号\n') },
      { headers: { 'content-type': 'application/json' }, payload: '{"file":"x"}' },
      { headers: { 'content-type': 'text/plain' }, payload: '姓名,身份证号\n' },
    ]
    for (const url of [
      '/api/v1/imports/people?fileName=a.csv',
      '/api/v1/imports/people/preview?fileName=a.csv',
    ]) {
      for (const a of attempts) {
        const res = await worker.request({ method: 'POST', url, headers: a.headers, payload: a.payload })
        expect([url, a.headers, errorOf(res)]).toEqual([
          url,
          a.headers,
          { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
        ])
      }
    }
    const dir = path.join(dataDir, 'imports')
    const left = (() => {
      try {
        return readdirSync(dir).filter((f) => f.endsWith('.upload'))
      } catch {
        return []
      }
    })()
    expect(left).toEqual([])
  })

  it('answers 404 for an import whose error report is gone from the disk', async () => {
    // the sample's report is written to a data folder other than the app's: gone, as far as it knows
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'lianfang-elsewhere-'))
    const id = await importSamples.import!(t.db, tree.compoundA.id, { dataDir: elsewhere })
    rmSync(elsewhere, { recursive: true, force: true })
    const res = await worker.get(`/api/v1/imports/${id}/errors`)
    expect(errorOf(res)).toEqual({ status: 404, code: 'IMPORT_NO_ERRORS' })
  })

  it('refuses U+0001 in a region or checkpoint name; a name with <&"\'> gives valid SVG', async () => {
    const region = await worker.post('/api/v1/regions', {
      parentId: tree.communityA.id,
      name: '马限\u0001小区',
      type: 'compound',
    })
    expect(errorOf(region)).toEqual({ status: 400, code: 'BAD_TEXT' })
    const checkpoint = await worker.post('/api/v1/checkpoints', {
      regionId: tree.compoundA.id,
      type: 'compound',
      name: '东门\u0001',
    })
    expect(errorOf(checkpoint)).toEqual({ status: 400, code: 'BAD_TEXT' })
    // one line: a name has no line break
    const newline = await worker.post('/api/v1/regions', {
      parentId: tree.communityA.id,
      name: '马限\n小区',
      type: 'compound',
    })
    expect(errorOf(newline)).toEqual({ status: 400, code: 'BAD_TEXT' })

    const name = `<船政&"'>小区`
    const made = await worker.post('/api/v1/regions', {
      parentId: tree.communityA.id,
      name,
      type: 'compound',
    })
    expect(made.statusCode).toBe(201)
    const svg = await worker.get(`/api/v1/posters/regions/${made.json().id}/poster.svg`)
    expect(svg.statusCode).toBe(200)
    expect(() => new Resvg(svg.body)).not.toThrow()
    expect(svg.body).not.toContain(name)
    const png = await worker.get(`/api/v1/posters/regions/${made.json().id}/poster.png`)
    expect(png.statusCode).toBe(200)
  })

  it('lets multi-line fields keep their line breaks (a notice body) but not control characters', async () => {
    const notice = { regionId: tree.communityA.id, kind: 'rumour', title: '辟谣' }
    const ok = await worker.post('/api/v1/notices', { ...notice, body: '第一行\n\n第二行\t完' })
    expect(ok.statusCode).toBe(201)
    const bad = await worker.post('/api/v1/notices', { ...notice, body: '第一行\u0007' })
    expect(errorOf(bad)).toEqual({ status: 400, code: 'BAD_TEXT' })
    const title = await worker.post('/api/v1/notices', { ...notice, title: '辟\n谣', body: 'x' })
    expect(errorOf(title)).toEqual({ status: 400, code: 'BAD_TEXT' })
  })

  it('refuses JSON nested 10,000 deep and numbers beyond 2^53 with 400, not a stack overflow', async () => {
    const deep = await admin.request({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { 'content-type': 'application/json' },
      payload: '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
    })
    expect(errorOf(deep)).toEqual({ status: 400, code: 'VALIDATION_FAILED' })
    const huge = await admin.request({
      method: 'POST',
      url: '/api/v1/regions',
      headers: { 'content-type': 'application/json' },
      payload: `{"parentId":"${t.top.id}","name":"街道","type":"street","x":1e999}`,
    })
    expect(errorOf(huge)).toEqual({ status: 400, code: 'VALIDATION_FAILED' })
    expect((await worker.get('/api/v1/roster/gaps?days=1e308')).statusCode).toBe(400)
  })

  it('the audit chain verifies after all of this', async () => {
    expect((await verifyAuditChain(t.db)).ok).toBe(true)
  })
})
