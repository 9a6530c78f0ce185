import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { advanceClock, setClock } from '../../core/clock.js'
import { makeMobile, makeResidentId } from '../people/people.fixtures.js'

describe.each(dialects)('declarations and key persons on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let placeCode: string
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    const worker = await t.as('community_worker', tree.communityA)
    placeCode = (await worker.post(`/api/v1/posters/regions/${tree.compoundA.id}/place`)).json().code
  })
  afterAll(() => t.close())
  afterEach(() => setClock(undefined))

  const resident = (body: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/r/declarations', payload: body })
  const form = (extra: object = {}) => ({
    placeCode,
    name: '王小红',
    docType: 'id_card',
    docNumber: makeResidentId('19920715'),
    phone: makeMobile(),
    address: '5号楼302',
    symptoms: [],
    contactWithCases: false,
    ...extra,
  })

  it('lets a resident declare from a poster and get a green 待核验 pass without reasons, then fetch it again with the device secret', async () => {
    const place = await t.app.inject({ method: 'GET', url: `/api/v1/r/places/${placeCode}` })
    expect(place.json()).toEqual({ code: placeCode, name: '马限小区', regionName: '马限小区', sms: false })
    const res = await resident(form())
    expect(res.statusCode).toBe(201)
    const body = res.json()
    // no code: nothing proves who declared, so the colour comes without its reasons
    expect(body.pass).toMatchObject({ colour: 'green', name: '王*红', reasons: [], confirmed: false })
    expect(body.deviceSecret).toMatch(/^[A-Za-z0-9_-]{43}$/)
    const stored = await t.db.selectFrom('pass_device').selectAll().execute()
    expect(JSON.stringify(stored)).not.toContain(body.deviceSecret)
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/r/pass',
      payload: { deviceSecret: body.deviceSecret },
    })
    expect(again.json()).toMatchObject({ colour: 'green', name: '王*红', reasons: [], confirmed: false })
    expect(again.json().pid).not.toBe(body.pass.pid)
    const stranger = await t.app.inject({
      method: 'POST',
      url: '/api/v1/r/pass',
      payload: { deviceSecret: 'x'.repeat(43) },
    })
    expect(stranger.json().error).toMatchObject({ code: 'DEVICE_UNKNOWN' })
  })

  it('answers bad input with clear Chinese messages', async () => {
    const doc = makeResidentId('19800101')
    const bad = await resident(form({ docNumber: doc.slice(0, 17) + (doc[17] === '1' ? '2' : '1') }))
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error).toMatchObject({
      code: 'BAD_RESIDENT_ID',
      message: '身份证号码不正确（校验位不符）',
    })
    expect((await resident(form({ phone: '12345' }))).json().error.message).toBe('手机号码格式不正确')
    expect((await resident(form({ placeCode: 'ZZZZZZZZ' }))).json().error.code).toBe('PLACE_UNKNOWN')
    const future = await resident(form({ travel: { fromPlace: '温州', arrivalDate: '2099-01-01' } }))
    expect(future.json().error.message).toBe('抵达日期不能晚于今天')
  })

  it('files a declaration under another phone as a claim, not on the person on file', async () => {
    const first = form()
    const own = await resident(first)
    expect(own.statusCode).toBe(201)
    const other = await resident({ ...first, phone: makeMobile(), symptoms: ['fever'] })
    expect(other.statusCode).toBe(201)
    expect(other.json().pass).toMatchObject({ confirmed: false, reasons: [], colour: 'yellow' })
    const personId = (
      await t.db
        .selectFrom('pass')
        .select('person_id')
        .where('pid', '=', own.json().pass.pid)
        .executeTakeFirstOrThrow()
    ).person_id
    const filed = await t.db
      .selectFrom('declaration')
      .select('id')
      .where('person_id', '=', personId)
      .execute()
    expect(filed).toHaveLength(1)
    const worker = await t.as('community_worker', tree.communityA)
    const claims = (await worker.get('/api/v1/identity-claims')).json().items
    expect(claims).toMatchObject([{ personId, name: '王*红', status: 'pending' }])
  })

  it('files a key person from declared travel, keeps every declaration, and lists both for staff', async () => {
    setClock(Date.parse('2020-02-03T03:00:00Z'))
    const admin = await t.as('admin', t.top)
    const area = await admin.post('/api/v1/risk-areas', {
      name: '温州市',
      fromDate: '2020-01-08',
      observationDays: 14,
    })
    expect(area.statusCode).toBe(201)
    const data = form({ name: '李大伟', travel: { fromPlace: '浙江省温州市', arrivalDate: '2020-01-28' } })
    const first = (await resident(data)).json()
    expect(first.keyPerson).toBe(true)
    expect(first.pass.colour).toBe('yellow')
    expect(first.pass.reasons).toEqual([])
    // a newer declaration without travel supersedes the form, not the filed travel
    advanceClock(3600_000)
    const second = (await resident({ ...data, travel: null, deviceSecret: first.deviceSecret })).json()
    expect(second.deviceSecret).toBe(first.deviceSecret)
    expect(second.pass.colour).toBe('yellow')

    const worker = await t.as('community_worker', tree.communityA)
    const keyPersons = (await worker.get(`/api/v1/key-persons?riskAreaId=${area.json().id}`)).json()
    expect(keyPersons.total).toBe(1)
    expect(keyPersons.items[0]).toMatchObject({
      personName: '李大伟',
      areaName: '温州市',
      arrivalDate: '2020-01-28',
      observeUntil: '2020-02-11',
      source: 'declaration',
    })
    expect(keyPersons.items[0].reason).toContain('温州市')
    const colour = (await worker.get(`/api/v1/colours/${keyPersons.items[0].personId}`)).json()
    expect(colour.reasons[0].zh).toBe('2020-01-28从温州市来，观察期至2020-02-10')
    const decls = (await worker.get(`/api/v1/declarations?personId=${keyPersons.items[0].personId}`)).json()
    expect(decls.items.map((d: { fromPlace: string | null }) => d.fromPlace)).toEqual([null, '浙江省温州市'])
    const theirs = await t.as('community_worker', tree.communityB)
    expect((await theirs.get('/api/v1/key-persons')).json().total).toBe(0)
    const events = await t.db
      .selectFrom('audit_event')
      .select('action')
      .where('action', '=', 'key_person.file')
      .execute()
    expect(events).toHaveLength(1)
  })

  it('lets staff declare for someone without a phone, and keeps risk areas to the command centre', async () => {
    const worker = await t.as('community_worker', tree.communityA)
    const person = (
      await worker.post('/api/v1/people', {
        name: '赵奶奶',
        docType: 'id_card',
        docNumber: makeResidentId('19400302'),
        regionId: tree.compoundA.id,
        residenceType: 'registered',
      })
    ).json().person
    const res = await worker.post('/api/v1/declarations', {
      personId: person.id,
      symptoms: ['cough'],
      temperature: 36.6,
      contactWithCases: false,
    })
    expect(res.statusCode).toBe(201)
    expect(res.json().declaration).toMatchObject({ source: 'staff', symptoms: ['cough'], temperature: 36.6 })
    expect(
      (await worker.post('/api/v1/risk-areas', { name: '某地', fromDate: '2020-01-01' })).statusCode,
    ).toBe(403)
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/risk-areas' })
    expect(list.json().map((a: { name: string }) => a.name)).toContain('温州市')
  })
})
