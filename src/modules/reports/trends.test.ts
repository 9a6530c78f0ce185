import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { now, setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'
import { setLocalClock, staff } from '../observations/observations.test-helpers.js'
import { purgeOldPassages } from '../passages/index.js'

describe.each(dialects)('situation trends on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(async () => {
    setClock(undefined)
    await t.close()
  })

  const open = async (admin: Client, regionId: string) => {
    const person = await makePerson(t.db, regionId)
    const res = await admin.post('/api/v1/observations', {
      personId: person.id,
      reason: '自湖北返回',
      days: 1,
    })
    expect(res.statusCode).toBe(201)
    return res.json().id as string
  }
  const gate = async (admin: Client, regionId: string) => {
    const res = await admin.post('/api/v1/checkpoints', { regionId, type: 'compound', name: '东门' })
    expect(res.statusCode).toBe(201)
    return res.json().id as string
  }
  const pass = (client: Client, checkpointId: string, direction: 'in' | 'out') =>
    client.post('/api/v1/passages', {
      id: randomUUID(),
      checkpointId,
      direction,
      deviceAt: new Date(now()).toISOString(),
      pass: { id: `p-${randomUUID().slice(0, 8)}`, colour: 'green' },
      temperature: 36.5,
      verdict: 'allow',
    })

  it('draws observations, releases and alerts per day and passages per hour, inside the asked region', async () => {
    setLocalClock('2020-02-01 08:00')
    const admin = await t.as('admin', t.top)
    const [feverish, releasedLater] = [
      await open(admin, tree.compoundA.id),
      await open(admin, tree.compoundA.id),
    ]
    await open(admin, tree.compoundA.id)
    await open(admin, tree.compoundB.id) // another street's: not in street A's trends
    const medic = await staff(t, 'medic', tree.communityA.id)
    const hot = await (
      await medic.client()
    ).post(`/api/v1/observations/${feverish}/readings`, { temperature: 37.8 })
    expect(hot.statusCode).toBe(201)
    const gateA = await gate(admin, tree.compoundA.id)
    const gateB = await gate(admin, tree.compoundB.id)
    const keeperA = await staff(t, 'checkpoint_staff', tree.compoundA.id)
    const keeperB = await staff(t, 'checkpoint_staff', tree.compoundB.id)

    setLocalClock('2020-02-02 09:10')
    const medicNow = await medic.client()
    await medicNow.post(`/api/v1/observations/${releasedLater}/readings`, { temperature: 36.5 })
    expect((await medicNow.post(`/api/v1/observations/${releasedLater}/release`, {})).statusCode).toBe(200)
    const a = await keeperA.client()
    expect((await pass(a, gateA, 'in')).statusCode).toBe(201)
    expect((await pass(a, gateA, 'out')).statusCode).toBe(201)
    expect((await pass(await keeperB.client(), gateB, 'in')).statusCode).toBe(201)
    setLocalClock('2020-02-02 14:30')
    expect((await pass(await keeperA.client(), gateA, 'in')).statusCode).toBe(201)

    const officer = await staff(t, 'street_officer', tree.streetA.id)
    const res = await (await officer.client()).get('/api/v1/reports/trends?asOf=2020-02-02&days=3')
    expect(res.statusCode).toBe(200)
    const street = res.json()
    expect(street).toMatchObject({ asOf: '2020-02-02', from: '2020-01-31', region: { id: tree.streetA.id } })
    expect(street.days).toEqual([
      {
        date: '2020-01-31',
        observationsStarted: 0,
        observationsReleased: 0,
        alerts: alerts(0),
        passages: none,
      },
      {
        date: '2020-02-01',
        observationsStarted: 3,
        observationsReleased: 0,
        alerts: alerts(1),
        passages: none,
      },
      {
        date: '2020-02-02',
        observationsStarted: 0,
        observationsReleased: 1,
        alerts: alerts(0),
        passages: { in: 2, out: 1, total: 3, fevers: 0, denied: 0 },
      },
    ])
    expect(street.passagesByHour).toHaveLength(24)
    expect(street.passagesByHour[9]).toEqual({ hour: 9, in: 1, out: 1, total: 2 })
    expect(street.passagesByHour[14]).toEqual({ hour: 14, in: 1, out: 0, total: 1 })
    const sum = street.passagesByHour.reduce((n: number, h: { total: number }) => n + h.total, 0)
    expect(sum).toBe(3)

    const district = (
      await (await t.as('admin', t.top)).get('/api/v1/reports/trends?asOf=2020-02-02&days=2')
    ).json()
    expect(district.days[0]).toMatchObject({ date: '2020-02-01', observationsStarted: 4 })
    expect(district.passagesByHour[9].total).toBe(3)
    const other = await (await officer.client()).get(`/api/v1/reports/trends?regionId=${tree.streetB.id}`)
    expect(other.statusCode).toBe(404)

    // 数据保留: the passages go after 28 days, the street's figures for that day stay
    const before = (await (await officer.client()).get('/api/v1/reports/situation?asOf=2020-02-02')).json()
    expect(before.passages).toEqual({ total: 3, today: 3, fevers: 0, denied: 0 })
    setLocalClock('2020-03-05 08:00')
    const { deleted } = await purgeOldPassages(t.db, 28)
    expect(deleted).toBe(4)
    const client = await officer.client()
    expect((await client.get('/api/v1/reports/situation?asOf=2020-02-02')).json()).toEqual(before)
    expect((await client.get('/api/v1/reports/trends?asOf=2020-02-02&days=3')).json()).toEqual(street)
  })
})

const none = { in: 0, out: 0, total: 0, fevers: 0, denied: 0 }
const alerts = (fever: number) => ({ fever, symptoms: 0, missedSlot: 0 })
