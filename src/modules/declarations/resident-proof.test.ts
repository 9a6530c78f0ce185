// The resident entry's identity proof (issue 13): attacks on it, performed.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { startSmsReceiver } from '../../../test/sms-receiver.js'
import { advanceClock, setClock } from '../../core/clock.js'
import { makeMobile, makeResidentId } from '../people/people.fixtures.js'

/** The shape of a JSON value: keys and types, not values. */
const shape = (v: unknown): unknown =>
  Array.isArray(v)
    ? v.map(shape)
    : v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shape(x)]))
      : typeof v

describe.each(dialects)('the resident entry’s identity proof on %s', (dialect) => {
  let t: TestApp
  let sms: Awaited<ReturnType<typeof startSmsReceiver>>
  let tree: Awaited<ReturnType<typeof makeTree>>
  let placeCode: string
  beforeAll(async () => {
    sms = await startSmsReceiver()
    t = await createTestApp(dialect, { LIANFANG_SMS_PROVIDER: 'webhook', LIANFANG_SMS_WEBHOOK_URL: sms.url })
    tree = await makeTree(t)
    const worker = await t.as('community_worker', tree.communityA)
    placeCode = (await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json().code
  })
  afterAll(async () => {
    await t.close()
    await sms.close()
  })
  afterEach(() => setClock(undefined))

  let address = 0
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, payload, remoteAddress: `10.1.0.${++address % 250}` })
  const declare = (body: object) => post('/api/v1/r/declarations', body)
  const requestCode = (body: object) => post('/api/v1/resident/code', body)
  const who = (docNumber: string, name: string, phone: string) => ({
    placeCode,
    name,
    docType: 'id_card',
    docNumber,
    phone,
  })
  const health = { symptoms: [], contactWithCases: false }
  async function onFile(name: string) {
    const worker = await t.as('community_worker', tree.communityA)
    const doc = makeResidentId('19850310')
    const phone = makeMobile()
    const res = await worker.post('/api/v1/people', {
      name,
      docType: 'id_card',
      docNumber: doc,
      phone,
      regionId: tree.compoundA.id,
      residenceType: 'registered',
    })
    expect(res.json().person.name).toBe(name)
    return { doc, phone, id: res.json().person.id as string }
  }
  const verify = async (qr: string) =>
    (await (await t.as('checkpoint_staff', tree.communityA)).post('/api/v1/passes/verify', { qr })).json()

  it('gives a stranger with name, number and phone only a 待核验 pass without reasons; the gate must check the card', async () => {
    const owner = await onFile('林美华')
    const res = await declare({ ...who(owner.doc, '林美华', owner.phone), ...health })
    expect(res.statusCode).toBe(201)
    const pass = res.json().pass
    expect(pass).toMatchObject({ confirmed: false, reasons: [], colour: 'green' })
    const checked = await verify(pass.qr)
    expect(checked.claims).toMatchObject({ unconfirmed: true, last4: owner.doc.slice(-4) })
    expect(checked.current).toMatchObject({ confirmed: false })
  })

  it('gives a confirmed pass with reasons to whoever holds the phone on file and types its code', async () => {
    const owner = await onFile('陈建国')
    const sent = sms.received.length
    const asked = await requestCode(who(owner.doc, '陈建国', owner.phone))
    expect(asked.statusCode).toBe(202)
    const message = await sms.next(sent + 1)
    expect(message.phone).toBe(owner.phone)
    expect(message.code).toMatch(/^\d{6}$/)
    const stored = JSON.stringify(await t.db.selectFrom('sms_code').selectAll().execute())
    expect(stored).not.toContain(owner.phone)
    expect(stored).not.toContain(`"${message.code}"`)
    const wrong = String((Number(message.code) + 1) % 1_000_000).padStart(6, '0')
    const refused = await declare({ ...who(owner.doc, '陈建国', owner.phone), ...health, code: wrong })
    expect(refused.json().error.code).toBe('CODE_INVALID')
    const res = await declare({ ...who(owner.doc, '陈建国', owner.phone), ...health, code: message.code })
    expect(res.statusCode).toBe(201)
    expect(res.json().pass).toMatchObject({ confirmed: true, colour: 'green' })
    expect(res.json().pass.reasons[0].zh).toBe('已健康申报，无异常情况')
    expect((await verify(res.json().pass.qr)).claims.unconfirmed).toBeUndefined()
    // spent: the same code does not work twice
    const again = await declare({ ...who(owner.doc, '陈建国', owner.phone), ...health, code: message.code })
    expect(again.json().error.code).toBe('CODE_INVALID')
  })

  it('sends a stranger typing a number on file no code: it goes to the phone on file', async () => {
    const owner = await onFile('黄丽')
    const stranger = makeMobile()
    const sent = sms.received.length
    expect((await requestCode(who(owner.doc, '黄丽', stranger))).statusCode).toBe(202)
    expect((await sms.next(sent + 1)).phone).toBe(owner.phone)
  })

  it('kills a code after 5 wrong tries and after 5 minutes', async () => {
    const owner = await onFile('郑强')
    const sent = sms.received.length
    await requestCode(who(owner.doc, '郑强', owner.phone))
    const { code } = await sms.next(sent + 1)
    const wrong = String((Number(code) + 7) % 1_000_000).padStart(6, '0')
    for (let i = 0; i < 5; i++)
      await declare({ ...who(owner.doc, '郑强', owner.phone), ...health, code: wrong })
    const late = await declare({ ...who(owner.doc, '郑强', owner.phone), ...health, code })
    expect(late.json().error.code).toBe('CODE_INVALID')
    advanceClock(61_000)
    await requestCode(who(owner.doc, '郑强', owner.phone))
    const second = await sms.next(sent + 2)
    advanceClock(5 * 60_000 + 1000)
    const expired = await declare({ ...who(owner.doc, '郑强', owner.phone), ...health, code: second.code })
    expect(expired.json().error.code).toBe('CODE_INVALID')
  })

  it('lets the real owner take a squatted number over with a code to their own phone', async () => {
    const doc = makeResidentId('19900601')
    const squatter = await declare({ ...who(doc, '冒名者', makeMobile()), ...health })
    expect(squatter.json().pass.confirmed).toBe(false)
    const ownerPhone = makeMobile()
    const sent = sms.received.length
    await requestCode(who(doc, '吴晓东', ownerPhone))
    const message = await sms.next(sent + 1)
    expect(message.phone).toBe(ownerPhone)
    const owner = await declare({ ...who(doc, '吴晓东', ownerPhone), ...health, code: message.code })
    expect(owner.json().pass).toMatchObject({ confirmed: true, name: '吴*东' })
    const worker = await t.as('community_worker', tree.communityA)
    const found = (await worker.post('/api/v1/people/search', { document: doc })).json().items
    expect(found).toMatchObject([
      { name: '吴晓东', phone: `${ownerPhone.slice(0, 3)}****${ownerPhone.slice(-4)}` },
    ])
    const lost = await post('/api/v1/r/pass', { deviceSecret: squatter.json().deviceSecret })
    expect(lost.json().error.code).toBe('DEVICE_UNKNOWN')
    // and the squatter, now without a code, only files a claim
    const back = await declare({ ...who(doc, '冒名者', makeMobile()), ...health })
    expect(back.json().pass.confirmed).toBe(false)
    expect((await worker.get('/api/v1/identity-claims')).json().items[0]).toMatchObject({ name: '冒*者' })
  })

  it('answers the same status and shape whether or not the number is on file', async () => {
    const owner = await onFile('周文')
    const unknownDoc = makeResidentId('19770707')
    const onCode = await requestCode(who(owner.doc, '周文', makeMobile()))
    const offCode = await requestCode(who(unknownDoc, '周文', makeMobile()))
    expect([onCode.statusCode, offCode.statusCode]).toEqual([202, 202])
    expect(onCode.json()).toEqual(offCode.json())
    const on = await declare({ ...who(owner.doc, '周武', makeMobile()), ...health })
    const off = await declare({ ...who(unknownDoc, '周武', makeMobile()), ...health })
    expect(on.statusCode).toBe(off.statusCode)
    expect(shape(on.json())).toEqual(shape(off.json()))
    expect(on.json().pass).toMatchObject({ confirmed: false, reasons: [], colour: 'green', name: '周*' })
    expect(off.json().pass).toMatchObject({ confirmed: false, reasons: [], colour: 'green', name: '周*' })
    // nor on the calls that follow: the phone fetches its pass again, signs out other phones
    for (const path of ['/api/v1/r/pass', '/api/v1/resident/devices/sign-out-others']) {
      const [again, againOff] = await Promise.all(
        [on, off].map((r) => post(path, { deviceSecret: r.json().deviceSecret })),
      )
      expect([again.statusCode, againOff.statusCode], path).toEqual([200, 200])
      expect(shape(again.json()), path).toEqual(shape(againOff.json()))
    }
    const refetched = (await post('/api/v1/r/pass', { deviceSecret: on.json().deviceSecret })).json()
    expect(refetched).toMatchObject({ confirmed: false, reasons: [], colour: 'green', name: '周*' })
  })

  it('lets gate staff confirm a 待核验 pass in their scope, binding the phone', async () => {
    const doc = makeResidentId('19880808')
    const first = (await declare({ ...who(doc, '许可', makeMobile()), ...health })).json()
    const outside = await t.as('checkpoint_staff', tree.communityB)
    expect((await outside.post('/api/v1/passes/confirm', { qr: first.pass.qr })).statusCode).toBe(404)
    const staff = await t.as('checkpoint_staff', tree.communityA)
    const res = await staff.post('/api/v1/passes/confirm', { qr: first.pass.qr })
    expect(res.json()).toEqual({ confirmed: true, name: '许*', last4: doc.slice(-4) })
    expect((await verify(first.pass.qr)).current.confirmed).toBe(true)
    const refreshed = (await post('/api/v1/r/pass', { deviceSecret: first.deviceSecret })).json()
    expect(refreshed.confirmed).toBe(true)
    expect(refreshed.reasons.length).toBeGreaterThan(0)
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'pass.confirm')
      .execute()
    expect(audit).toHaveLength(1)
  })

  it('lets a device secret lapse after 30 idle days', async () => {
    setClock(Date.parse('2020-02-10T02:00:00Z'))
    const first = (
      await declare({ ...who(makeResidentId('19660606'), '何平', makeMobile()), ...health })
    ).json()
    advanceClock(29 * 86_400_000)
    expect((await post('/api/v1/r/pass', { deviceSecret: first.deviceSecret })).statusCode).toBe(200)
    advanceClock(31 * 86_400_000)
    const lapsed = await post('/api/v1/r/pass', { deviceSecret: first.deviceSecret })
    expect(lapsed.json().error.code).toBe('DEVICE_UNKNOWN')
  })

  it('keeps one device per phone, lists devices to staff, revokes one there, and signs out other phones', async () => {
    const doc = makeResidentId('19720202')
    const body = { ...who(doc, '孙丽', makeMobile()), ...health }
    const phoneA = (await declare(body)).json().deviceSecret
    expect((await declare({ ...body, deviceSecret: phoneA })).json().deviceSecret).toBe(phoneA)
    const phoneB = (await declare(body)).json().deviceSecret
    const phoneC = (await declare(body)).json().deviceSecret
    const worker = await t.as('community_worker', tree.communityA)
    const personId = (await worker.post('/api/v1/people/search', { document: doc })).json().items[0].id
    const listed = (await worker.get(`/api/v1/people/${personId}/devices`)).json().items
    expect(listed).toHaveLength(3)
    expect(JSON.stringify(listed)).not.toContain(phoneA)
    const [newest] = listed
    const revoke = await worker.post(`/api/v1/people/${personId}/devices/${newest.id}/revoke`)
    expect(revoke.json()).toEqual({ ok: true })
    expect((await post('/api/v1/r/pass', { deviceSecret: phoneC })).json().error.code).toBe('DEVICE_UNKNOWN')
    const other = await t.as('community_worker', tree.communityB)
    expect((await other.get(`/api/v1/people/${personId}/devices`)).statusCode).toBe(404)
    const signOut = await post('/api/v1/resident/devices/sign-out-others', { deviceSecret: phoneB })
    expect(signOut.json()).toEqual({ ok: true })
    expect((await post('/api/v1/r/pass', { deviceSecret: phoneA })).json().error.code).toBe('DEVICE_UNKNOWN')
    expect((await post('/api/v1/r/pass', { deviceSecret: phoneB })).statusCode).toBe(200)
  })

  it('lets community staff accept a claim: the record becomes the claimant’s and the other phones are signed out', async () => {
    const holder = await onFile('钱多')
    const held = (await declare({ ...who(holder.doc, '钱多', holder.phone), ...health })).json()
    const claimantPhone = makeMobile()
    await declare({ ...who(holder.doc, '钱多多', claimantPhone), ...health })
    const worker = await t.as('community_worker', tree.communityA)
    const claim = (await worker.get('/api/v1/identity-claims'))
      .json()
      .items.find((c: { personId: string }) => c.personId === holder.id)
    expect(claim).toMatchObject({ name: '钱*多', status: 'pending' })
    const res = await worker.post(`/api/v1/identity-claims/${claim.id}/resolve`, { accept: true })
    expect(res.json()).toEqual({ id: claim.id, status: 'accepted' })
    const person = (await worker.post('/api/v1/people/search', { document: holder.doc })).json().items[0]
    expect(person).toMatchObject({
      name: '钱多多',
      phone: `${claimantPhone.slice(0, 3)}****${claimantPhone.slice(-4)}`,
    })
    expect((await post('/api/v1/r/pass', { deviceSecret: held.deviceSecret })).json().error.code).toBe(
      'DEVICE_UNKNOWN',
    )
    expect(
      (await worker.post(`/api/v1/identity-claims/${claim.id}/resolve`, { accept: false })).statusCode,
    ).toBe(404)
    const audit = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'identity_claim.accept')
      .execute()
    expect(audit).toHaveLength(1)
  })
})
