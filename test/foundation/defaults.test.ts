// Safe without an operator's help: behind HTTPS the cookie is Secure and __Host-, HSTS is on;
// no /api answer is cached; metrics and the API map are for admins and scrapers only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { advanceClock, setClock } from '../../src/core/clock.js'
import { createUserDirect } from '../../src/modules/auth/auth.fixtures.js'
import { makeResidentId } from '../../src/modules/people/people.fixtures.js'
import { createTestApp, type TestApp } from '../app.js'
import { dialects } from '../db.js'

const TOKEN = 'scraper-token-0123456789abcdefghijklmnop'

describe.each(dialects)('safe defaults behind HTTPS on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, {
      LIANFANG_PUBLIC_URL: 'https://lianfang.example.org/',
      LIANFANG_METRICS_TOKEN: TOKEN,
    })
  })
  afterAll(() => t.close())

  it('sets a Secure __Host- cookie and HSTS', async () => {
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: user.username, password: user.password },
    })
    expect(res.cookies).toHaveLength(1)
    expect(res.cookies[0]).toMatchObject({
      name: '__Host-lf_session',
      secure: true,
      httpOnly: true,
      path: '/',
    })
    expect(res.cookies[0].domain).toBeUndefined()
    expect(res.headers['strict-transport-security']).toMatch(/max-age=63072000/)
  })

  it('answers every /api request no-store, a revealed document number among them', async () => {
    const admin = await t.as('admin', t.top)
    const person = await admin.post('/api/v1/people', {
      name: '赵六',
      docType: 'id_card',
      docNumber: makeResidentId('19800808'),
      regionId: t.top.id,
      residenceType: 'floating',
    })
    expect(person.statusCode).toBe(200)
    const reveal = await admin.post(`/api/v1/people/${person.json().person.id}/reveal`, {
      reason: '核对身份',
    })
    expect(reveal.statusCode).toBe(200)
    expect(reveal.headers['cache-control']).toBe('no-store')
    for (const url of ['/api/v1/auth/me', '/api/v1/nothing-here'])
      expect((await admin.get(url)).headers['cache-control']).toBe('no-store')
    const anonymous = await t.app.inject({ url: '/api/v1/users' })
    expect(anonymous.headers['cache-control']).toBe('no-store')
  })

  it('opens /metrics and /api/docs to an admin or the scraper token only', async () => {
    const medic = await t.as('medic', t.top)
    const admin = await t.as('admin', t.top)
    for (const url of ['/metrics', '/api/docs/json', '/api/docs']) {
      expect((await t.app.inject({ url })).statusCode, url).toBe(401)
      const wrong = await t.app.inject({ url, headers: { authorization: 'Bearer not-the-token' } })
      expect(wrong.statusCode).toBe(401)
      expect((await medic.get(url)).statusCode).toBe(403)
      expect((await admin.get(url)).statusCode).toBeLessThan(400)
      const scraper = await t.app.inject({ url, headers: { authorization: `Bearer ${TOKEN}` } })
      expect(scraper.statusCode).toBeLessThan(400)
    }
  })
})

describe.each(dialects)('idle sessions on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp(dialect, { LIANFANG_SESSION_IDLE_MINUTES: '' }) // the default
  })
  afterAll(() => {
    setClock(undefined)
    return t.close()
  })

  it('signs out after 30 idle minutes by default; no HSTS and a plain cookie over HTTP', async () => {
    expect(loadConfig({}).sessionIdleMinutes).toBe(30)
    expect(loadConfig({}).secureCookies).toBe(false)
    setClock(Date.now())
    const medic = await t.as('medic', t.top)
    expect(medic.cookie).toMatch(/^lf_session=/)
    const me = await medic.get('/api/v1/auth/me')
    expect(me.statusCode).toBe(200)
    expect(me.headers['strict-transport-security']).toBeUndefined()
    advanceClock(29 * 60_000)
    expect((await medic.get('/api/v1/auth/me')).statusCode).toBe(200)
    advanceClock(31 * 60_000)
    expect((await medic.get('/api/v1/auth/me')).statusCode).toBe(401)
  })
})
