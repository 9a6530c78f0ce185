import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { addDays, localDate } from '../../shared/days.js'
import { makeMobile, makePerson, makeResidentId } from '../people/people.fixtures.js'
import { makeRiskArea } from '../risk-areas/risk-areas.fixtures.js'

type Client = Awaited<ReturnType<TestApp['as']>>

describe.each(dialects)('phone screening on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
  })
  afterAll(() => t.close())

  const newCampaign = async () =>
    (
      await worker.post('/api/v1/campaigns', {
        kind: 'phone',
        name: '移动号码排查',
        regionId: tree.communityA.id,
      })
    ).json()
  const importCsv = (id: string, lines: string[], extra = {}) =>
    worker.post(`/api/v1/campaigns/${id}/numbers/import`, {
      // carriers send GBK-encoded CSV
      content: iconv.encode(lines.join('\r\n'), 'gbk').toString('base64'),
      ...extra,
    })

  it('de-duplicates a list within itself, against the campaign and against the registry', async () => {
    const known = makeMobile()
    await makePerson(t.db, tree.compoundA.id, { phone: known })
    const [n1, n2, n3] = [makeMobile(), makeMobile(), makeMobile()]
    const c = await newCampaign()
    const res = await importCsv(
      c.id,
      [
        '手机号码,归属地,抵达日期',
        `${n1},湖北武汉,2020-01-20`,
        `${n2},浙江温州,`,
        `${n1.slice(0, 3)} ${n1.slice(3)},湖北武汉,2020-01-20`,
        `+86${known},福州,`,
        '12345,,',
        `${n3},,`,
      ],
      { carrier: '中国移动' },
    )
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      rows: 6,
      added: 4,
      toCall: 3,
      inRegistry: 1,
      duplicatesInList: 1,
      alreadyInCampaign: 0,
      invalidCount: 1,
      invalidRows: [6],
    })
    const again = (await importCsv(c.id, ['手机号码', n2, makeMobile()])).json()
    expect(again).toMatchObject({ added: 1, alreadyInCampaign: 1 })
    const knownList = (await worker.get(`/api/v1/campaigns/${c.id}/numbers?status=known`)).json().items
    expect(knownList).toEqual([
      expect.objectContaining({ phone: `${known.slice(0, 3)}****${known.slice(-4)}`, inRegistry: true }),
    ])
    const pending = (await worker.get(`/api/v1/campaigns/${c.id}/numbers?status=pending`)).json().items
    expect(pending[0]).toMatchObject({ carrier: '中国移动', homeRegion: '湖北武汉', arrival: '2020-01-20' })
    expect(JSON.stringify(pending)).not.toContain(n1)
  })

  it('reads an .xlsx list and refuses a file without a phone column', async () => {
    const c = await newCampaign()
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('号码')
    sheet.addRow(['序号', '手机号', '运营商'])
    sheet.addRow([1, makeMobile(), '中国联通'])
    sheet.addRow([2, makeMobile(), '中国联通'])
    const content = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64')
    expect((await worker.post(`/api/v1/campaigns/${c.id}/numbers/import`, { content })).json()).toMatchObject(
      { added: 2 },
    )
    const bad = await importCsv(c.id, ['姓名,地址', '张三,1号楼'])
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('NUMBER_LIST_NO_PHONE_COLUMN')
  })

  it('splits lists, works numbers one at a time, reassigns an unfinished list and starts a second round', async () => {
    const c = await newCampaign()
    const numbers = Array.from({ length: 5 }, () => makeMobile())
    await importCsv(c.id, ['手机号码', ...numbers])
    const [a, b, z] = [
      await t.as('grid_member', tree.compoundA),
      await t.as('grid_member', tree.compoundA),
      await t.as('grid_member', tree.communityA),
    ]
    const split = (
      await worker.post(`/api/v1/campaigns/${c.id}/call-lists`, { callerIds: [a.userId, b.userId] })
    ).json()
    expect(split).toEqual({
      lists: [
        { callerId: a.userId, assigned: 3 },
        { callerId: b.userId, assigned: 2 },
      ],
      unassigned: 0,
    })

    // caller a: one number at a time, in list order
    const next = async (who: Client) => (await who.post(`/api/v1/campaigns/${c.id}/next-number`)).json()
    const first = await next(a)
    expect(first.fullPhone).toBe(numbers[0])
    expect(first.entry.phone).not.toBe(numbers[0])
    const reached = await a.post(`/api/v1/call-entries/${first.entry.id}/calls`, {
      outcome: 'reached',
      finding: { currentPlace: '马尾家中', note: '无不适' },
    })
    expect(reached.json()).toMatchObject({
      entry: { status: 'done', lastOutcome: 'reached', attempts: 1 },
      finding: { keyPersons: 0 },
    })
    const second = await next(a)
    expect(second.fullPhone).toBe(numbers[1])
    await a.post(`/api/v1/call-entries/${second.entry.id}/calls`, { outcome: 'no_answer' })
    const third = await next(a)
    const later = new Date(Date.now() + 3_600_000).toISOString()
    expect(
      (
        await a.post(`/api/v1/call-entries/${third.entry.id}/calls`, {
          outcome: 'no_answer',
          callBackAt: later,
        })
      ).json().entry,
    ).toMatchObject({
      status: 'callback',
    })
    expect((await next(a)).entry).toBeNull() // the call-back is not due yet
    const reveals = await t.db
      .selectFrom('audit_event')
      .select('detail')
      .where('action', '=', 'call.reveal')
      .execute()
    expect(reveals).toHaveLength(3)

    // b cannot work a's numbers
    const notYours = await b.post(`/api/v1/call-entries/${second.entry.id}/calls`, { outcome: 'reached' })
    expect(notYours.json().error.code).toBe('CALL_NOT_YOURS')

    // b is off sick: the unfinished list goes to z; a's worked number stays with a
    expect(
      (
        await worker.post(`/api/v1/campaigns/${c.id}/call-lists/reassign`, {
          fromCallerId: b.userId,
          toCallerId: z.userId,
        })
      ).json(),
    ).toEqual({
      moved: 2,
    })
    expect((await next(b)).entry).toBeNull()
    expect((await next(z)).fullPhone).toBe(numbers[3])
    expect(
      (
        await worker.post(`/api/v1/campaigns/${c.id}/call-lists/reassign`, {
          fromCallerId: a.userId,
          toCallerId: z.userId,
        })
      ).json(),
    ).toEqual({
      moved: 2, // the unreached and the call-back; the reached one is finished
    })
    const progress = (await worker.get(`/api/v1/campaigns/${c.id}/progress`)).json()
    expect(progress).toMatchObject({ total: 5, called: 3, reached: 1, done: 1, unreached: 1, open: 3 })
    const byCaller = Object.fromEntries(progress.callers.map((p: { callerId: string }) => [p.callerId, p]))
    expect(byCaller[z.userId]).toMatchObject({ total: 4, open: 3, unreached: 1 })
    expect(byCaller[a.userId]).toMatchObject({ total: 1, done: 1, reached: 1 })

    // 第二轮: the unreached number goes back on a list
    const unreached = (await worker.get(`/api/v1/campaigns/${c.id}/numbers?status=unreached`)).json().items
    expect(unreached.map((e: { id: string }) => e.id)).toEqual([second.entry.id])
    expect(
      (await worker.post(`/api/v1/campaigns/${c.id}/second-round`, { callerIds: [a.userId] })).json(),
    ).toEqual({ numbers: 1 })
    const retry = await next(a)
    expect(retry).toMatchObject({ fullPhone: numbers[1], entry: { round: 2, status: 'pending' } })

    const today = localDate(Date.now(), t.config.timeZone)
    const counts = (await worker.get(`/api/v1/screening/counts?asOf=${today}`)).json()
    expect(counts).toMatchObject({ numbersCalled: 3, numbersReached: 1, peopleScreened: 1 })
    expect(counts.byCommunity).toEqual([expect.objectContaining({ name: '马限社区', numbersCalled: 3 })])
  })

  it('splits a list among the members of a grid team who have an account', async () => {
    const c = await newCampaign()
    await importCsv(c.id, ['手机号码', ...Array.from({ length: 5 }, () => makeMobile())])
    const [a, b] = [await t.as('grid_member', tree.compoundA), await t.as('grid_member', tree.compoundA)]
    const member = async (name: string, userId: string | null) =>
      (
        await worker.post('/api/v1/staff', {
          regionId: tree.compoundA.id,
          kind: 'volunteer',
          name,
          userId,
          joinedOn: '2020-01-28',
        })
      ).json().id
    const memberIds = [
      await member('王一', a.userId),
      await member('王二', b.userId),
      await member('王三', null),
    ]
    const team = (
      await worker.post('/api/v1/teams', {
        regionId: tree.compoundA.id,
        name: '电话组',
        memberIds,
        areaIds: [],
      })
    ).json()
    const split = (await worker.post(`/api/v1/campaigns/${c.id}/call-lists`, { teamId: team.id })).json()
    // 王三 has no account: the five numbers go to 王一 and 王二, in the order of their names
    expect(split).toEqual({
      lists: [
        { callerId: a.userId, assigned: 3 },
        { callerId: b.userId, assigned: 2 },
      ],
      unassigned: 0,
    })
    const progress = (await worker.get(`/api/v1/campaigns/${c.id}/progress`)).json()
    expect(progress.callers.map((x: { total: number }) => x.total).sort()).toEqual([2, 3])
  })

  it('registers someone reached who is not on file, and files them as a key person', async () => {
    const today = localDate(Date.now(), t.config.timeZone)
    await makeRiskArea(t.db, { name: '湖北省', aliases: ['武汉'], fromDate: addDays(today, -30) })
    const c = await newCampaign()
    const phone = makeMobile()
    await importCsv(c.id, ['手机号码', phone])
    const caller = await t.as('grid_member', tree.compoundA)
    await worker.post(`/api/v1/campaigns/${c.id}/call-lists`, { callerIds: [caller.userId] })
    const { entry } = (await caller.post(`/api/v1/campaigns/${c.id}/next-number`)).json()
    expect(entry.inRegistry).toBe(false)
    const doc = makeResidentId('19920303')
    const res = await caller.post(`/api/v1/call-entries/${entry.id}/calls`, {
      outcome: 'reached',
      finding: {
        fromPlace: '湖北省武汉市',
        arrivalDate: addDays(today, -2),
        person: { name: '周来榕', docType: 'id_card', docNumber: doc, residenceType: 'floating' },
      },
    })
    expect(res.json()).toMatchObject({
      entry: { inRegistry: true, status: 'done' },
      finding: { keyPersons: 1 },
    })
    // on file in the caller's own compound, with the number called
    const person = (await worker.post('/api/v1/people/search', { document: doc })).json().items[0]
    expect(person).toMatchObject({ name: '周来榕', regionId: tree.compoundA.id, keyPerson: true })
    expect(person.phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
  })

  it('refuses a caller outside the campaign area and a number list on a sweep', async () => {
    const c = await newCampaign()
    const stranger = await t.as('grid_member', tree.compoundB)
    const res = await worker.post(`/api/v1/campaigns/${c.id}/call-lists`, { callerIds: [stranger.userId] })
    // outside the worker's scope: 404, as any record out of scope, and nothing is split
    expect(res.statusCode).toBe(404)
    // nor can a list be taken from a caller outside the scope: 404, not { moved: 0 }
    const mine = await t.as('grid_member', tree.compoundA)
    const taken = await worker.post(`/api/v1/campaigns/${c.id}/call-lists/reassign`, {
      fromCallerId: stranger.userId,
      toCallerId: mine.userId,
    })
    expect(taken.statusCode).toBe(404)
    const sweep = (
      await worker.post('/api/v1/campaigns', { kind: 'sweep', name: '扫楼', regionId: tree.compoundA.id })
    ).json()
    const wrong = await importCsv(sweep.id, ['手机号码', makeMobile()])
    expect(wrong.json().error).toMatchObject({
      code: 'CAMPAIGN_WRONG_KIND',
      message: '该操作只适用于电话排查',
    })
  })
})
