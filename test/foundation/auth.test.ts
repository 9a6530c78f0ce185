import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { advanceClock, setClock } from '../../src/core/clock.js'
import { createUserDirect, FIXTURE_PASSWORD } from '../../src/modules/auth/auth.fixtures.js'
import { ensureFirstAdmin } from '../../src/modules/auth/index.js'
import { createTestApp, makeTree, type TestApp } from '../app.js'
import { dialects } from '../db.js'

describe.each(dialects)('accounts and sessions on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    // SMS on (a gateway that is not there): an officer's accounts are activated by their holders
    t = await createTestApp(dialect, {
      LIANFANG_SMS_PROVIDER: 'webhook',
      LIANFANG_SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms',
    })
    tree = await makeTree(t)
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    })

  it('first admin: random one-time password, must be changed before anything else', async () => {
    const first = await ensureFirstAdmin(t.db)
    expect(first?.username).toBe('admin')
    expect(first!.oneTimePassword).toMatch(/^[A-Za-z0-9]{16}$/)
    expect(await ensureFirstAdmin(t.db)).toBeUndefined()
    const admin = await t.signIn('admin', first!.oneTimePassword)
    expect((await admin.get('/api/v1/users')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED')
    expect((await admin.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true)
    const short = await admin.post('/api/v1/auth/password', {
      current: first!.oneTimePassword,
      next: 'short',
    })
    expect(short.json().error.code).toBe('PASSWORD_TOO_SHORT')
    const ok = await admin.post('/api/v1/auth/password', {
      current: first!.oneTimePassword,
      next: 'a-much-longer-passphrase',
    })
    expect(ok.statusCode).toBe(200)
    expect((await admin.get('/api/v1/users')).statusCode).toBe(200)
  })

  it('sets an HttpOnly, SameSite=Lax session cookie holding a 256-bit token stored only hashed', async () => {
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: tree.communityA.id })
    const res = await login(user.username, user.password)
    const cookie = res.cookies.find((c) => c.name === 'lf_session')!
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' })
    expect(Buffer.from(cookie.value, 'base64url')).toHaveLength(32)
    const stored = await t.db
      .selectFrom('session')
      .select('token_hash')
      .where('user_id', '=', user.id)
      .execute()
    expect(stored.map((s) => s.token_hash)).not.toContain(cookie.value)
    expect(stored).toHaveLength(1)
  })

  it('logs out: the cookie no longer works', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    expect((await worker.post('/api/v1/auth/logout')).statusCode).toBe(200)
    expect((await worker.get('/api/v1/auth/me')).statusCode).toBe(401)
  })

  it('expires an idle session and an old one', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    setClock(Date.now())
    advanceClock((t.config.sessionIdleMinutes + 1) * 60_000)
    expect((await worker.get('/api/v1/auth/me')).statusCode).toBe(401)
    setClock(undefined)
    const other = await t.as('community_worker', tree.communityA)
    setClock(Date.now())
    for (let h = 0; h <= t.config.sessionMaxHours; h++) {
      advanceClock(3_600_000)
      await other.get('/api/v1/auth/me') // active all along: only the absolute limit ends it
    }
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(401)
  })

  // failures per account, in parallel and progressively: test/foundation/sign-in.test.ts
  it('throttles one address trying many accounts', async () => {
    for (let i = 0; i < 20; i++) await login(`nobody-${i}`, 'wrong-password-123', '10.0.0.77')
    const user = await createUserDirect(t.db, { role: 'medic', scopeRegionId: tree.communityA.id })
    expect((await login(user.username, FIXTURE_PASSWORD, '10.0.0.77')).statusCode).toBe(429)
    expect((await login(user.username, FIXTURE_PASSWORD, '10.0.0.78')).statusCode).toBe(200)
  })

  it('a street officer manages accounts inside the street only and cannot make an admin', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const made = await officer.post('/api/v1/users', {
      username: 'maxian.worker',
      displayName: '马限社工',
      role: 'community_worker',
      scopeRegionId: tree.communityA.id,
      phone: '13812345678',
    })
    expect(made.statusCode).toBe(201)
    expect(made.json().user.phone).toBe('138****5678')
    // its holder activates it by SMS: the officer never learns a password (activation.test.ts)
    expect(made.json()).toMatchObject({ activation: 'sms' })
    expect(made.json().oneTimePassword).toBeUndefined()
    const outside = await officer.post('/api/v1/users', {
      username: 'tingjiang.worker',
      displayName: '亭江社工',
      role: 'community_worker',
      scopeRegionId: tree.communityB.id,
    })
    expect(outside.statusCode).toBe(404)
    const admin = await officer.post('/api/v1/users', {
      username: 'fake.admin',
      displayName: '假管理员',
      role: 'admin',
      scopeRegionId: tree.streetA.id,
    })
    expect(admin.json().error.code).toBe('ROLE_NOT_GRANTABLE')
    const list = (await officer.get('/api/v1/users?q=maxian')).json()
    expect(list.items.map((u: { username: string }) => u.username)).toEqual(['maxian.worker'])
  })

  it('a disabled account cannot sign in and its sessions end', async () => {
    const admin = await t.as('admin', t.top)
    const user = await createUserDirect(t.db, { role: 'grid_member', scopeRegionId: tree.compoundA.id })
    const session = await t.signIn(user.username, user.password)
    expect((await admin.patch(`/api/v1/users/${user.id}`, { disabled: true })).json().disabled).toBe(true)
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401)
    expect((await login(user.username, user.password)).json().error.code).toBe('ACCOUNT_DISABLED')
  })

  it('reset password gives a new one-time password that must be changed', async () => {
    const admin = await t.as('admin', t.top)
    const user = await createUserDirect(t.db, { role: 'grid_member', scopeRegionId: tree.compoundA.id })
    const { oneTimePassword } = (await admin.post(`/api/v1/users/${user.id}/reset-password`)).json()
    expect((await login(user.username, user.password)).statusCode).toBe(401)
    const session = await t.signIn(user.username, oneTimePassword)
    expect((await session.get('/api/v1/regions/scope')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED')
  })
})
