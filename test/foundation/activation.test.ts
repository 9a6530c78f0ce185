// One-time passwords go only to the account's holder (issue 14): an account a street officer
// makes or resets gets a password nobody knows, and its holder activates it with an SMS code
// to the phone on file. Tried as the officer with a grudge would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUserDirect } from '../../src/modules/auth/auth.fixtures.js'
import { createTestApp, makeTree, type TestApp } from '../app.js'
import { dialects } from '../db.js'
import { startSmsReceiver } from '../sms-receiver.js'

describe.each(dialects)('account activation by SMS on %s', (dialect) => {
  let t: TestApp
  let off: TestApp
  let sms: Awaited<ReturnType<typeof startSmsReceiver>>
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    sms = await startSmsReceiver()
    t = await createTestApp(dialect, sms.env)
    tree = await makeTree(t)
    off = await createTestApp(dialect)
  })
  afterAll(async () => {
    await t.close()
    await off.close()
    await sms.close()
  })

  let address = 0
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress: `10.2.0.${++address % 250}` })
  const login = (username: string, password: string) => post('/api/v1/auth/login', { username, password })
  let serial = 0
  const account = (phone?: string) => ({
    username: `holder.${++serial}`,
    displayName: '新网格员',
    role: 'grid_member',
    scopeRegionId: tree.compoundA.id,
    ...(phone && { phone }),
  })

  it('gives the officer no password; the holder activates with the code sent to their phone', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const made = await officer.post('/api/v1/users', account('13900001111'))
    expect(made.statusCode).toBe(201)
    expect(made.json()).toMatchObject({ activation: 'sms', user: { phone: '139****1111' } })
    expect(made.json().oneTimePassword).toBeUndefined()
    const { username } = made.json().user
    // the officer guesses: nothing they were told signs in
    expect((await login(username, '')).statusCode).toBe(400)
    // asking for a code with the wrong phone answers the same and sends nothing
    const before = sms.received.length
    const wrong = await post('/api/v1/auth/activation/code', { username, phone: '13900002222' })
    expect(wrong.statusCode).toBe(202)
    const unknown = await post('/api/v1/auth/activation/code', {
      username: 'nobody.here',
      phone: '13900001111',
    })
    expect([unknown.statusCode, unknown.json()]).toEqual([wrong.statusCode, wrong.json()])
    const asked = await post('/api/v1/auth/activation/code', { username, phone: '139 0000 1111' })
    expect([asked.statusCode, asked.json()]).toEqual([wrong.statusCode, wrong.json()])
    const message = await sms.next(before + 1)
    expect(message.phone).toBe('13900001111')
    expect(sms.received).toHaveLength(before + 1)
    // a wrong code is refused and sets nothing
    const guess = message.code === '000000' ? '000001' : '000000'
    const refused = await post('/api/v1/auth/activation', {
      username,
      code: guess,
      password: 'rain-on-the-min-river',
    })
    expect(refused.json().error.code).toBe('CODE_INVALID')
    const done = await post('/api/v1/auth/activation', {
      username,
      code: message.code,
      password: 'rain-on-the-min-river',
    })
    expect(done.statusCode).toBe(200)
    const signedIn = await login(username, 'rain-on-the-min-river')
    expect(signedIn.statusCode).toBe(200)
    expect(signedIn.json().user.mustChangePassword).toBe(false)
    // spent: the same code does not set another password
    const again = await post('/api/v1/auth/activation', {
      username,
      code: message.code,
      password: 'another-long-pass-99',
    })
    expect(again.json().error.code).toBe('CODE_INVALID')
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('entity_id', '=', made.json().user.id)
      .execute()
    expect(audit.map((a) => a.action)).toEqual(['user.create', 'user.activate', 'auth.login'])
  })

  it('needs the holder’s phone, not the officer’s own', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const noPhone = await officer.post('/api/v1/users', account())
    expect(noPhone.json().error.code).toBe('ACCOUNT_NEEDS_PHONE')
    const own = await createUserDirect(t.db, {
      role: 'street_officer',
      scopeRegionId: tree.streetA.id,
      phone: '13900003333',
    })
    const ownSession = await t.signIn(own.username, own.password)
    const mine = await ownSession.post('/api/v1/users', account('13900003333'))
    expect(mine.json().error.code).toBe('ACCOUNT_PHONE_IS_YOURS')
  })

  it('a reset by an officer returns no password and ends the old one; by an admin it is printed', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const worker = await createUserDirect(t.db, {
      role: 'community_worker',
      scopeRegionId: tree.communityA.id,
      phone: '13900004444',
    })
    const reset = await officer.post(`/api/v1/users/${worker.id}/reset-password`)
    expect(reset.json()).toEqual({ activation: 'sms' })
    expect((await login(worker.username, worker.password)).statusCode).toBe(401)
    const admin = await t.as('admin', t.top)
    const printed = await admin.post(`/api/v1/users/${worker.id}/reset-password`)
    expect(printed.json().oneTimePassword).toHaveLength(16)
    const noPhone = await t.as('community_worker', tree.communityA)
    expect((await officer.post(`/api/v1/users/${noPhone.userId}/reset-password`)).json().error.code).toBe(
      'ACCOUNT_NEEDS_PHONE',
    )
  })

  it('without SMS an officer may not make or reset accounts; an admin still may', async () => {
    const offTree = await makeTree(off)
    const officer = await off.as('street_officer', offTree.streetA)
    const made = await officer.post('/api/v1/users', {
      ...account('13900005555'),
      scopeRegionId: offTree.compoundA.id,
    })
    expect([made.statusCode, made.json().error.code]).toEqual([409, 'ACCOUNT_BY_ADMIN'])
    const admin = await off.as('admin', off.top)
    const byAdmin = await admin.post('/api/v1/users', { ...account(), scopeRegionId: offTree.compoundA.id })
    expect(byAdmin.json().oneTimePassword).toHaveLength(16)
    const code = await off.app.inject({
      method: 'POST',
      url: '/api/v1/auth/activation/code',
      payload: { username: 'x.y', phone: '13900005555' },
    })
    expect(code.json().error.code).toBe('ACCOUNT_BY_ADMIN')
  })
})
