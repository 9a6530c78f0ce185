// A staff member with a grudge: powers handed out only as a subset of one's own, no reset of
// a peer, one-time passwords that expire, and two-person rules that a second account made by
// the same person cannot satisfy.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { advanceClock, setClock } from '../../src/core/clock.js'
import { mayGrantRole } from '../../src/core/permissions.js'
import { systemActor } from '../../src/core/actor.js'
import { inTransaction } from '../../src/db/db.js'
import { resetPassword } from '../../src/modules/auth/index.js'
import { makePerson } from '../../src/modules/people/people.fixtures.js'
import { createTestApp, makeTree, type Client, type TestApp } from '../app.js'
import { dialects } from '../db.js'
import { startSmsReceiver } from '../sms-receiver.js'
import { createUserDirect } from '../../src/modules/auth/auth.fixtures.js'

describe.each(dialects)('powers on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let sms: Awaited<ReturnType<typeof startSmsReceiver>>
  beforeAll(async () => {
    sms = await startSmsReceiver()
    t = await createTestApp(dialect, sms.env)
    tree = await makeTree(t)
  })
  afterAll(async () => {
    await t.close()
    await sms.close()
  })
  afterEach(() => setClock(undefined))

  let serial = 0
  // each made account gets its own phone: the officer with a grudge holds a second SIM
  const newAccount = (by: Client, role: string, scopeRegionId: string) =>
    by.post('/api/v1/users', {
      username: `acct.${++serial}.${dialect}`,
      displayName: '新账号',
      role,
      scopeRegionId,
      phone: `1370000${String(serial).padStart(4, '0')}`,
    })

  /** Activates an account with the SMS code to its phone, as whoever holds that phone. */
  async function activate(username: string, phone: string, password: string) {
    const count = sms.received.length
    const asked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/activation/code',
      payload: { username, phone },
    })
    expect(asked.statusCode).toBe(202)
    const { code } = await sms.next(count + 1)
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/activation',
      payload: { username, code, password },
    })
    expect(done.statusCode).toBe(200)
    return t.signIn(username, password)
  }

  /** An account made by `by`, activated on a phone `by` holds, signed in. */
  async function madeBy(by: Client, role: string, scopeRegionId: string): Promise<Client> {
    const made = await newAccount(by, role, scopeRegionId)
    expect(made.statusCode).toBe(201)
    return activate(
      made.json().user.username,
      `1370000${String(serial).padStart(4, '0')}`,
      `river-and-mountain-${serial}-ok`,
    )
  }

  it('lets an officer grant only roles whose powers it holds itself', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    for (const role of ['medic', 'checkpoint_staff', 'social_worker', 'admin']) {
      const res = await newAccount(officer, role, tree.communityA.id)
      expect(res.statusCode, role).toBe(403)
      expect(res.json().error.code).toBe('ROLE_NOT_GRANTABLE')
    }
    for (const role of ['community_worker', 'grid_member', 'enterprise_liaison'])
      expect((await newAccount(officer, role, tree.communityA.id)).statusCode, role).toBe(201)
    expect((await newAccount(officer, 'community_worker', tree.communityB.id)).statusCode).toBe(404)
    expect(mayGrantRole('admin', 'medic')).toBe(true)
    expect(mayGrantRole('street_officer', 'street_officer')).toBe(true) // at or below its own scope
  })

  it('refuses to reset or edit a peer (same role and scope) or anyone above', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const peer = await t.as('street_officer', tree.streetA)
    const admin = await t.as('admin', t.top)
    const reset = await officer.post(`/api/v1/users/${peer.userId}/reset-password`)
    expect(reset.statusCode).toBe(403)
    expect(reset.json().error.code).toBe('PEER_ACCOUNT')
    expect((await officer.patch(`/api/v1/users/${peer.userId}`, { disabled: true })).json().error.code).toBe(
      'PEER_ACCOUNT',
    )
    expect((await peer.get('/api/v1/auth/me')).statusCode).toBe(200) // still signed in
    const otherAdmin = await t.as('admin', t.top)
    expect((await admin.post(`/api/v1/users/${otherAdmin.userId}/reset-password`)).json().error.code).toBe(
      'PEER_ACCOUNT',
    )
    // below in role or in scope: allowed
    const worker = await createUserDirect(t.db, {
      role: 'community_worker',
      scopeRegionId: tree.communityA.id,
      phone: '13700009001',
    })
    expect((await officer.post(`/api/v1/users/${worker.id}/reset-password`)).statusCode).toBe(200)
    expect((await admin.post(`/api/v1/users/${peer.userId}/reset-password`)).statusCode).toBe(200)
  })

  it('lets the server console (no account) reset the first admin, the way back in', async () => {
    const admin = await t.as('admin', t.top)
    const serverConsole = systemActor(t.top.id, t.top.path)
    const { oneTimePassword } = await inTransaction(t.db, (trx) =>
      resetPassword(trx, serverConsole, admin.userId),
    )
    expect(oneTimePassword).toHaveLength(16)
  })

  it('lets a one-time password expire after 72 hours', async () => {
    setClock(Date.now())
    const admin = await t.as('admin', t.top)
    const made = await newAccount(admin, 'medic', tree.communityA.id)
    const { username } = made.json().user
    advanceClock(73 * 3_600_000)
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: made.json().oneTimePassword },
    })
    expect(late.statusCode).toBe(401)
    expect(late.json().error.code).toBe('ONE_TIME_PASSWORD_EXPIRED')
  })

  it('refuses a colour change approved through an account the requester made', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const puppet = await madeBy(officer, 'street_officer', tree.communityA.id)
    const person = await makePerson(t.db, tree.compoundA.id)
    const asked = await officer.post(`/api/v1/colours/${person.id}/changes`, {
      colour: 'green',
      reason: '核酸阴性',
    })
    expect(asked.statusCode).toBe(201)
    const through = await puppet.post(`/api/v1/colour-changes/${asked.json().id}/approve`)
    expect(through.statusCode).toBe(403)
    expect(through.json().error.code).toBe('APPROVER_NOT_INDEPENDENT')
    // nor one the requester reset lately (and so could sign in as)
    const lower = await createUserDirect(t.db, {
      role: 'street_officer',
      scopeRegionId: tree.communityA.id,
      phone: '13700009002',
    })
    const reset = await officer.post(`/api/v1/users/${lower.id}/reset-password`)
    expect(reset.statusCode).toBe(200)
    // the officer holds that phone too, and sets the password through the SMS code
    const resetOne = await activate(lower.username, '13700009002', 'plum-rain-season-2020')
    const viaReset = await resetOne.post(`/api/v1/colour-changes/${asked.json().id}/approve`)
    expect(viaReset.json().error.code).toBe('APPROVER_NOT_INDEPENDENT')
    const independent = await t.as('street_officer', tree.streetA)
    const approved = await independent.post(`/api/v1/colour-changes/${asked.json().id}/approve`)
    expect(approved.json()).toMatchObject({ status: 'approved', decidedBy: independent.userId })
  })

  it('refuses approval of a notice to whoever edited it; an approved text is no longer editable', async () => {
    const author = await t.as('community_worker', tree.communityA)
    const editor = await t.as('community_worker', tree.communityA)
    const colleague = await t.as('community_worker', tree.communityA)
    const created = await author.post('/api/v1/notices', {
      kind: 'command',
      title: '关于暂停集市的通告',
      body: '即日起暂停集市。',
      regionId: tree.communityA.id,
    })
    const id = created.json().id
    expect(
      (await editor.patch(`/api/v1/notices/${id}`, { body: '即日起恢复集市，无需登记。' })).statusCode,
    ).toBe(200)
    const own = await editor.post(`/api/v1/notices/${id}/approve`)
    expect(own.statusCode).toBe(403)
    expect(own.json().error.code).toBe('NOTICE_SELF_APPROVAL')
    expect((await colleague.post(`/api/v1/notices/${id}/approve`)).statusCode).toBe(200)
    const late = await editor.patch(`/api/v1/notices/${id}`, { body: '改过的文字' })
    expect(late.json().error.code).toBe('NOTICE_NOT_DRAFT')
    expect((await colleague.get(`/api/v1/notices/${id}`)).json().body).toBe('即日起恢复集市，无需登记。')
  })
})
