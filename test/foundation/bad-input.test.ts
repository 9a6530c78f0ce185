// Bad input gets a 4xx with a stable code, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type Client, type TestApp } from '../app.js'
import { dialects } from '../db.js'

describe.each(dialects)('bad input on %s', (dialect) => {
  let t: TestApp
  let admin: Client
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_BODY_LIMIT: '4096' })
    admin = await t.as('admin', t.top)
  })
  afterAll(() => t.close())

  const post = (payload: string, contentType = 'application/json') =>
    admin.request({
      method: 'POST',
      url: '/api/v1/regions',
      payload,
      headers: { 'content-type': contentType },
    })

  it('malformed JSON → 400 BAD_JSON', async () => {
    const res = await post('{"parentId": "x", "name": ')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('BAD_JSON')
  })

  it('an empty JSON body → 400 BAD_JSON', async () => {
    const res = await post('')
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('BAD_JSON')
  })

  it('wrong types → 400 VALIDATION_FAILED naming the field', async () => {
    const res = await post(JSON.stringify({ parentId: t.top.id, name: 42, type: 'community' }))
    expect(res.statusCode).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED' })
    expect(res.json().error.message).toContain('name')
  })

  it('an unknown field → 400 VALIDATION_FAILED, nothing written', async () => {
    const res = await post(
      JSON.stringify({ parentId: t.top.id, name: '多余字段街道', type: 'street', admin: true }),
    )
    expect(res.statusCode).toBe(400)
    expect(res.json().error.code).toBe('VALIDATION_FAILED')
    const rows = await t.db.selectFrom('region').select('id').where('name', '=', '多余字段街道').execute()
    expect(rows).toHaveLength(0)
  })

  it('an oversized body → 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(JSON.stringify({ parentId: t.top.id, name: 'x'.repeat(10_000), type: 'street' }))
    expect(res.statusCode).toBe(413)
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE')
  })

  it('a body that is not JSON → 415 JSON_REQUIRED', async () => {
    const res = await post('name=x', 'application/x-www-form-urlencoded')
    expect(res.statusCode).toBe(415)
    expect(res.json().error.code).toBe('JSON_REQUIRED')
  })

  it('a bad query parameter and a bad id → 400, an unknown route → 404 ROUTE_NOT_FOUND', async () => {
    expect((await admin.get('/api/v1/users?page=0')).json().error.code).toBe('VALIDATION_FAILED')
    expect((await admin.get('/api/v1/regions/..%2F..')).statusCode).toBe(400)
    const res = await admin.get('/api/v1/no-such-thing')
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('ROUTE_NOT_FOUND')
  })

  it('speaks English when asked', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/v1/regions',
      payload: '{',
      headers: { 'content-type': 'application/json', 'accept-language': 'en-US,en;q=0.9' },
    })
    expect(res.json().error.message).toBe('The request body is not valid JSON')
  })
})
