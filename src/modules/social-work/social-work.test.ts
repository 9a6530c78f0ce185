import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { setClock } from '../../core/clock.js'
import { createUserDirect } from '../auth/auth.fixtures.js'
import { socialWorkCounts } from './index.js'

describe.each(dialects)('social work services on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    setClock(Date.parse('2020-03-05T04:00:00.000Z'))
  })
  afterAll(async () => {
    setClock(undefined)
    await t.close()
  })

  it('counts services by channel as of a date, unchanged by later records', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const agency = await officer.post('/api/v1/social-work/agencies', {
      regionId: tree.streetA.id,
      name: '马尾区心明社工服务中心',
    })
    expect(agency.statusCode).toBe(201)
    const dup = await officer.post('/api/v1/social-work/agencies', {
      regionId: tree.streetA.id,
      name: '马尾区心明社工服务中心',
    })
    expect(dup.json().error.code).toBe('SW_AGENCY_NAME_TAKEN')
    const account = await createUserDirect(t.db, {
      role: 'social_worker',
      scopeRegionId: tree.streetA.id,
      displayName: '黄社工',
    })
    const staffWorker = await officer.post('/api/v1/social-work/workers', {
      agencyId: agency.json().id,
      userId: account.id,
    })
    expect(staffWorker.json()).toMatchObject({
      name: '黄社工',
      agencyName: '马尾区心明社工服务中心',
      regionId: tree.streetA.id,
    })
    const namedWorker = await officer.post('/api/v1/social-work/workers', {
      agencyId: agency.json().id,
      name: '林美玲',
      note: '台湾社工',
    })
    expect(namedWorker.statusCode).toBe(201)
    expect(
      (await officer.post('/api/v1/social-work/workers', { agencyId: agency.json().id })).json().error.code,
    ).toBe('SW_WORKER_NAME_REQUIRED')

    // the social worker records in the community, with a worker of the street's agency
    const sw = await t.as('social_worker', tree.communityA)
    const service = (workerId: string, date: string, channel: string, beneficiaries: number) =>
      sw.post('/api/v1/social-work/services', {
        regionId: tree.communityA.id,
        workerId,
        date,
        channel,
        topic: '隔离家庭情绪疏导',
        beneficiaries,
      })
    expect((await service(staffWorker.json().id, '2020-02-10', 'offline', 3)).statusCode).toBe(201)
    await service(staffWorker.json().id, '2020-02-11', 'phone', 1)
    await service(namedWorker.json().id, '2020-02-12', 'online', 40)
    const before = (await sw.get('/api/v1/social-work/counts?asOf=2020-02-12')).json()
    expect(before).toMatchObject({
      offline: 3,
      phone: 1,
      online: 40,
      beneficiaries: 44,
      records: { total: 3 },
      workers: 2,
      agencies: 1,
    })

    // later services, and one entered late for a later day, leave 12 February alone
    await service(namedWorker.json().id, '2020-02-13', 'online', 100)
    await service(staffWorker.json().id, '2020-03-01', 'offline', 5)
    expect((await sw.get('/api/v1/social-work/counts?asOf=2020-02-12')).json()).toEqual(before)
    const now = await socialWorkCounts(t.db, { asOf: '2020-03-05', withinPath: t.top.path })
    expect(now).toMatchObject({ offline: 8, phone: 1, online: 140, beneficiaries: 149 })
    expect((await service(namedWorker.json().id, '2020-03-06', 'online', 1)).json().error.code).toBe(
      'SW_SERVICE_IN_FUTURE',
    )
  })

  it('keeps records inside the scope', async () => {
    const swB = await t.as('social_worker', tree.communityB)
    expect((await swB.get('/api/v1/social-work/services')).json().total).toBe(0)
    expect((await swB.get('/api/v1/social-work/counts?asOf=2020-03-05')).json().beneficiaries).toBe(0)
    const swA = await t.as('social_worker', tree.communityA)
    const listed = (await swA.get('/api/v1/social-work/services?channel=online')).json()
    expect(listed.items.map((s: { beneficiaries: number }) => s.beneficiaries).sort()).toEqual(
      [100, 40].sort(),
    )
    const id = listed.items[0].id
    expect((await swB.delete(`/api/v1/social-work/services/${id}`)).statusCode).toBe(404)
    expect((await swA.delete(`/api/v1/social-work/services/${id}`)).statusCode).toBe(204)
    const bad = await swA.post('/api/v1/social-work/services', {
      regionId: tree.communityA.id,
      workerId: 'nobody',
      date: '2020-02-10',
      channel: 'carrier-pigeon',
      topic: 'x',
      beneficiaries: 0,
    })
    expect(bad.json().error.code).toBe('VALIDATION_FAILED')
  })
})
