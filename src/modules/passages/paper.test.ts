import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { now } from '../../core/clock.js'
import { addDays, localDate, localInstant } from '../../shared/days.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { makePerson, makeResidentId } from '../people/people.fixtures.js'

const TZ = 'Asia/Shanghai'

describe.each(dialects)('paper registers on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  // yesterday: every time of that day has passed
  const date = () => addDays(localDate(now(), TZ), -1)
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
  })
  afterAll(() => t.close())

  const row = (over: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    time: '08:05',
    direction: 'in',
    name: '林小东',
    document: makeResidentId('19800101'),
    phone: '139 1234 5670',
    temperature: 36.5,
    ...over,
  })
  const enter = (checkpointId: string, rows: unknown[], d = date()) =>
    worker.post(`/api/v1/checkpoints/${checkpointId}/paper-register`, { date: d, rows })
  const stored = (checkpointId: string) =>
    t.db.selectFrom('passage').selectAll().where('checkpoint_id', '=', checkpointId).execute()

  it('stores a typed-in register once, marked as from paper, and counts it on its day', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const doc = makeResidentId('19750505')
    const person = await makePerson(t.db, tree.compoundA.id, { docNumber: doc })
    const rows = [
      row({ document: doc }),
      row({ time: '9:40', direction: 'out', temperature: 37.8, name: '陈美' }),
      row({ time: '2215', plate: '闽AD12345', passengers: 2, phone: null, document: 'E12345678' }),
    ]
    const res = await enter(gate, rows)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ saved: true, stored: 3, duplicates: 0 })
    expect(res.json().rows.map((r: { status: string }) => r.status)).toEqual(['stored', 'stored', 'stored'])

    const list = (await worker.get(`/api/v1/checkpoints/${gate}/passages`)).json()
    const byId = new Map(list.map((p: { id: string }) => [p.id, p]))
    expect(byId.get(rows[0].id)).toMatchObject({
      source: 'paper',
      offline: true,
      name: '林*东',
      personId: person.id,
      document: `${doc.slice(0, 4)}**********${doc.slice(-4)}`,
      occurredAt: new Date(localInstant(date(), 8 + 5 / 60, TZ)).toISOString(),
      verdict: 'allow',
    })
    expect(byId.get(rows[1].id)).toMatchObject({
      direction: 'out',
      verdict: 'refer',
      fever: true,
      name: '陈*',
    })
    expect(byId.get(rows[2].id)).toMatchObject({ plate: '闽AD12345', passengers: 2, document: 'E123*5678' })
    // names, numbers and phones are stored encrypted only
    expect(JSON.stringify(await stored(gate))).not.toMatch(/林小东|13912345670|E12345678/)
    const counts = (await worker.get(`/api/v1/checkpoints/${gate}/counts?date=${date()}`)).json()
    expect(counts).toMatchObject({ in: 2, out: 1, referred: 1, fevers: 1, total: 3 })

    // sent again (a double click, a retry after a timeout): nothing is stored twice
    const again = (await enter(gate, rows)).json()
    expect(again).toMatchObject({ saved: true, stored: 0, duplicates: 3 })
    expect(await stored(gate)).toHaveLength(3)
    expect((await worker.get(`/api/v1/checkpoints/${gate}/counts?date=${date()}`)).json().total).toBe(3)
  })

  it('writes nothing when a row is wrong, and names every wrong row and field in Chinese', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const good = makeResidentId('19900101')
    const wrongDigit = good.slice(0, 17) + (good[17] === '0' ? '1' : '0')
    const repeated = row()
    const res = await enter(gate, [
      row(),
      row({ temperature: 42.5, plate: '闽A1234' }),
      row({ document: wrongDigit, phone: '12345' }),
      row({ time: '25:10', document: '' }),
      repeated,
      { ...repeated, time: '10:00' },
    ])
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ saved: false, stored: 0 })
    expect(body.rows.map((r: { status: string }) => r.status)).toEqual([
      'valid',
      'invalid',
      'invalid',
      'invalid',
      'valid',
      'invalid',
    ])
    const errors = (i: number) =>
      body.rows[i].errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`)
    expect(errors(1)).toEqual([
      'temperature: 体温 42.5℃ 超出可录入范围（35–42℃），请重新测量',
      'plate: 车牌号格式不正确',
    ])
    expect(errors(2)).toEqual(['phone: 手机号码格式不正确', 'document: 身份证号码不正确（校验位不符）'])
    expect(errors(3)).toEqual(['time: 时间应写作“时:分”，如 08:30', 'document: 请填写证件号码'])
    expect(errors(5)).toEqual(['id: 与第 5 行是同一条记录'])
    expect(await stored(gate)).toHaveLength(0)
    expect((await worker.get(`/api/v1/checkpoints/${gate}/counts?date=${date()}`)).json().total).toBe(0)
  })

  it('refuses a time still to come, a day past retention, another area and a role without the right', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id)
    const tomorrow = addDays(localDate(now(), TZ), 1)
    const future = (await enter(gate, [row()], tomorrow)).json()
    expect(future.rows[0].errors[0]).toMatchObject({ field: 'time', code: 'PAPER_TIME_IN_FUTURE' })
    const old = await enter(gate, [row()], addDays(localDate(now(), TZ), -29))
    expect(old.statusCode).toBe(400)
    expect(old.json().error.code).toBe('PAPER_TOO_OLD')
    const theirs = await makeCheckpoint(t.db, tree.compoundB.id)
    expect((await enter(theirs, [row()])).statusCode).toBe(404)
    const grid = await t.as('grid_member', tree.communityA)
    const denied = await grid.post(`/api/v1/checkpoints/${gate}/paper-register`, {
      date: date(),
      rows: [row()],
    })
    expect(denied.statusCode).toBe(403)
    expect(await stored(gate)).toHaveLength(0)
  })

  it('prints a blank A4 register of 20 rows a page with the checkpoint and the date', async () => {
    const gate = await makeCheckpoint(t.db, tree.compoundA.id, { name: '南门' })
    const staff = await t.as('checkpoint_staff', tree.compoundA)
    const res = await staff.get(`/api/v1/checkpoints/${gate}/paper-register.html?date=2026-12-01&pages=2`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('text/html')
    const html = res.body
    expect(html).toContain('size: A4 landscape')
    expect(html).toContain('卡点：马限小区 · 南门')
    expect(html).toContain('2026 年 12 月 1 日')
    expect(html.match(/<section class="sheet">/g)).toHaveLength(2)
    expect(html.match(/<tbody>[\s\S]*?<\/tbody>/)![0].match(/<tr>/g)).toHaveLength(20)
    for (const column of [
      '时间',
      '姓名',
      '证件号码',
      '联系电话',
      '体温',
      '进/出',
      '车牌号',
      '同行人数',
      '本人签名',
    ])
      expect(html).toContain(`<th>${column}`)
  })
})
