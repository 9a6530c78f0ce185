// A foreign page cannot act with a signed-in user's cookie: state-changing requests must come
// from the app's own origin and carry JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUserDirect } from '../../src/modules/auth/auth.fixtures.js'
import { createTestApp, OWN_ORIGIN, type Client, type TestApp } from '../app.js'
import { dialects } from '../db.js'

describe.each(dialects)('cross-site requests on %s', (dialect) => {
  let t: TestApp
  let admin: Client
  let victimId: string
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_PUBLIC_URL: 'https://lianfang.example.org' })
    admin = await t.as('admin', t.top)
    victimId = (await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })).id
  })
  afterAll(() => t.close())

  // what a foreign page's <form> or fetch(no-cors) makes the browser send
  const forged = (url: string, headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: { cookie: admin.cookie, ...headers } })

  it('refuses a body-less text/plain POST from a foreign origin: password reset, key rotation', async () => {
    for (const url of [`/api/v1/users/${victimId}/reset-password`, '/api/v1/pass-keys/rotate']) {
      const res = await forged(url, { origin: 'https://evil.example', 'content-type': 'text/plain' })
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('CROSS_SITE')
      const noType = await forged(url, { origin: 'https://evil.example' })
      expect(noType.json().error.code).toBe('CROSS_SITE')
      const nullOrigin = await forged(url, { origin: 'null' })
      expect(nullOrigin.json().error.code).toBe('CROSS_SITE')
    }
    expect(
      (await t.db.selectFrom('audit_event').select('action').execute()).map((a) => a.action),
    ).not.toContain('user.reset_password')
  })

  it('without Origin, trusts Sec-Fetch-Site only when same-origin', async () => {
    const url = `/api/v1/users/${victimId}/reset-password`
    for (const site of ['cross-site', 'same-site']) {
      const res = await forged(url, { 'sec-fetch-site': site })
      expect(res.json().error.code).toBe('CROSS_SITE')
    }
    expect((await forged(url, { 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200)
  })

  it('refuses a session cookie that names no origin at all; a cookie-less script may sign in', async () => {
    const res = await forged(`/api/v1/users/${victimId}/reset-password`, {})
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('CROSS_SITE_UNKNOWN')
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
    })
    expect(login.statusCode).toBe(200)
  })

  it('takes its own host and the public URL as its own origin', async () => {
    const url = `/api/v1/users/${victimId}/reset-password`
    expect((await forged(url, { origin: OWN_ORIGIN })).statusCode).toBe(200)
    expect((await forged(url, { origin: 'https://lianfang.example.org' })).statusCode).toBe(200)
    // same host name on another port is another origin
    expect((await forged(url, { origin: 'http://localhost:8080' })).statusCode).toBe(403)
  })

  it('refuses a body that is not JSON from its own origin too (415), a form post among them', async () => {
    const url = `/api/v1/users/${victimId}/reset-password`
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await forged(url, { origin: OWN_ORIGIN, 'content-type': type })
      expect(res.statusCode).toBe(415)
      expect(res.json().error.code).toBe('JSON_REQUIRED')
    }
    const json = await t.app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: admin.cookie,
        origin: OWN_ORIGIN,
        'content-type': 'application/json; charset=utf-8',
      },
      payload: '{}',
    })
    expect(json.statusCode).toBe(200)
  })
})
