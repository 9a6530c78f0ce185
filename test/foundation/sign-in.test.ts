// The sign-in as an attacker meets it: guesses are counted before the hash runs, a crowd of
// them slows the account but never locks its owner out, X-Forwarded-For is believed only
// from a configured proxy; passwords are argon2id, common ones refused.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { advanceClock, setClock } from '../../src/core/clock.js'
import { createUserDirect, FIXTURE_PASSWORD, hashWork } from '../../src/modules/auth/auth.fixtures.js'
import { createTestApp, type TestApp } from '../app.js'
import { dialects } from '../db.js'

describe.each(dialects)('sign-in on %s', (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    // the app's peer is the proxy 10.0.0.1; anyone else's X-Forwarded-For is ignored
    t = await createTestApp(dialect, { LIANFANG_TRUST_PROXY: '10.0.0.1' })
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  const login = (username: string, password: string, remoteAddress: string, forwardedFor?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress,
      ...(forwardedFor && { headers: { 'x-forwarded-for': forwardedFor } }),
    })

  const failures = async (username: string) =>
    (
      await t.db
        .selectFrom('audit_event')
        .select('action')
        .where('actor_name', '=', username)
        .where('action', '=', 'auth.login_failed')
        .execute()
    ).length

  it('evaluates at most 5 of 25 guesses sent at once; the rest cost no hash', async () => {
    const admin = await createUserDirect(t.db, { role: 'admin', scopeRegionId: t.top.id })
    const before = hashWork.count
    const answers = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(admin.username, `wrong-guess-${i}-xx`, '192.0.2.50')),
    )
    const evaluated = hashWork.count - before
    expect(evaluated).toBeLessThanOrEqual(5)
    expect(await failures(admin.username)).toBe(evaluated)
    expect(answers.filter((a) => a.statusCode === 401)).toHaveLength(evaluated)
    const refused = answers.filter((a) => a.statusCode === 429)
    expect(refused).toHaveLength(25 - evaluated)
    expect(refused[0].json().error.code).toBe('LOGIN_THROTTLED')
    expect(refused[0].json().error.message).toMatch(/^登录尝试过多，请 \d+ 秒后再试$/)

    // the admin, from another address, gets in at once
    expect((await login(admin.username, FIXTURE_PASSWORD, '198.51.100.7')).statusCode).toBe(200)
  })

  it('slows the attacker’s address progressively, and lets the right password in after the wait', async () => {
    setClock(Date.now())
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
    for (let i = 0; i < 5; i++)
      expect((await login(user.username, 'wrong-password-123', '192.0.2.60')).statusCode).toBe(401)
    const waits: number[] = []
    for (let round = 0; round < 4; round++) {
      const refused = await login(user.username, 'wrong-password-123', '192.0.2.60')
      expect(refused.statusCode).toBe(429)
      const seconds = Number(/(\d+)/.exec(refused.json().error.message)![1])
      waits.push(seconds)
      advanceClock(seconds * 1000)
      expect((await login(user.username, 'wrong-password-123', '192.0.2.60')).statusCode).toBe(401)
    }
    expect(waits).toEqual([1, 2, 4, 8]) // doubling, not a lock
    // the owner at the same address: a bounded wait, then in
    const blocked = await login(user.username, FIXTURE_PASSWORD, '192.0.2.60')
    expect(blocked.statusCode).toBe(429)
    advanceClock(16_000)
    expect((await login(user.username, FIXTURE_PASSWORD, '192.0.2.60')).statusCode).toBe(200)
    // and its counters start afresh
    expect((await login(user.username, 'wrong-password-123', '192.0.2.60')).statusCode).toBe(401)
  })

  it('keeps an account reachable for its owner while many addresses guess, within a minute', async () => {
    setClock(Date.now())
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
    for (let i = 0; i < 30; i++) await login(user.username, 'wrong-password-123', `203.0.113.${i + 1}`)
    const owner = await login(user.username, FIXTURE_PASSWORD, '198.51.100.77')
    if (owner.statusCode === 429) {
      const seconds = Number(/(\d+)/.exec(owner.json().error.message)![1])
      expect(seconds).toBeLessThanOrEqual(60)
      advanceClock(seconds * 1000)
      expect((await login(user.username, FIXTURE_PASSWORD, '198.51.100.77')).statusCode).toBe(200)
    } else expect(owner.statusCode).toBe(200)
  })

  it('lets thirty colleagues behind one office address sign in one after another', async () => {
    for (let i = 0; i < 30; i++) {
      const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
      expect((await login(user.username, FIXTURE_PASSWORD, '192.0.2.90')).statusCode).toBe(200)
    }
  })

  it('ignores a forged X-Forwarded-For from a peer that is not the proxy', async () => {
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
    // a direct peer naming a new address on every try: all one address to the throttle
    for (let i = 0; i < 5; i++)
      expect((await login(user.username, 'wrong-password-123', '192.0.2.70', `10.9.0.${i}`)).statusCode).toBe(
        401,
      )
    const forged = await login(user.username, 'wrong-password-123', '192.0.2.70', '10.9.0.99')
    expect(forged.statusCode).toBe(429)
    // through the proxy, the client's own address counts: another client is not slowed
    expect((await login(user.username, FIXTURE_PASSWORD, '10.0.0.1', '198.51.100.9')).statusCode).toBe(200)
  })

  it('refuses a boolean LIANFANG_TRUST_PROXY and takes a hop count or addresses', () => {
    expect(() => loadConfig({ LIANFANG_TRUST_PROXY: 'true' })).toThrow(/LIANFANG_TRUST_PROXY/)
    expect(loadConfig({ LIANFANG_TRUST_PROXY: '1' }).trustProxy).toBe(1)
    expect(loadConfig({ LIANFANG_TRUST_PROXY: '10.0.0.1, 10.0.1.0/24' }).trustProxy).toEqual([
      '10.0.0.1',
      '10.0.1.0/24',
    ])
    expect(loadConfig({}).trustProxy).toBe(false)
  })

  it('hashes with argon2id at OWASP parameters; an old scrypt hash works once and is replaced', async () => {
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: t.top.id })
    const stored = async () =>
      (
        await t.db
          .selectFrom('staff_user')
          .select('password_hash')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).password_hash
    expect(await stored()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    // the hash an earlier version stored for FIXTURE_PASSWORD (scrypt N=2^14, r=8, p=1)
    const scrypt = 'scrypt$16384$8$1$qGkmmSwhj6xh4GWWG7wWZQ==$8qSA7CSEFBPlA99kQcG+7meews4wztJ3+VILfw29y2Q='
    await t.db.updateTable('staff_user').set({ password_hash: scrypt }).where('id', '=', user.id).execute()
    expect((await login(user.username, 'not-the-password-1', '192.0.2.80')).statusCode).toBe(401)
    expect(await stored()).toBe(scrypt)
    expect((await login(user.username, FIXTURE_PASSWORD, '192.0.2.80')).statusCode).toBe(200)
    expect(await stored()).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect((await login(user.username, FIXTURE_PASSWORD, '192.0.2.80')).statusCode).toBe(200)
  })

  it('refuses a common password and one holding the username; a change ends the other sessions', async () => {
    const user = await createUserDirect(t.db, {
      role: 'medic',
      scopeRegionId: t.top.id,
      username: 'zhang.wei',
    })
    const thief = await t.signIn(user.username, user.password)
    const owner = await t.signIn(user.username, user.password)
    const change = (next: string) => owner.post('/api/v1/auth/password', { current: user.password, next })
    const common = await change('1qaz2wsx3edc')
    expect(common.statusCode).toBe(400)
    expect(common.json().error.code).toBe('PASSWORD_COMMON')
    expect((await change('my-ZHANG.WEI-password-2026')).json().error.code).toBe('PASSWORD_HAS_USERNAME')
    expect((await change('plum-blossom-over-the-min-river')).statusCode).toBe(200)
    expect((await thief.get('/api/v1/auth/me')).statusCode).toBe(401)
    expect((await owner.get('/api/v1/auth/me')).statusCode).toBe(200)
  })
})
