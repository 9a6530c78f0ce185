import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { systemActor } from '../../core/actor.js'
import { reportForCli } from './report.cli.js'
import { situationReport } from './report.service.js'
import { SHEET_FIGURES } from './report.xlsx.js'
import { setClock } from '../../core/clock.js'
import { makePerson } from '../people/people.fixtures.js'
import { setLocalClock } from '../observations/observations.test-helpers.js'

describe.each(dialects)('situation report on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('counts staff by the day they joined, only inside the asked region', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    for (const [kind, joinedOn] of [
      ['party_member', '2020-01-25'],
      ['party_member', '2020-02-10'],
      ['dispatched_cadre', '2020-01-28'],
    ] as const) {
      const res = await officer.post('/api/v1/staff', {
        regionId: tree.communityA.id,
        kind,
        name: '王党员',
        unit: '区财政局',
        joinedOn,
      })
      expect(res.statusCode).toBe(201)
    }
    const admin = await t.as('admin', t.top)
    await admin.post('/api/v1/staff', {
      regionId: tree.communityB.id,
      kind: 'party_member',
      name: '李党员',
      joinedOn: '2020-01-25',
    })
    const early = (await officer.get('/api/v1/reports/situation?asOf=2020-02-01')).json()
    expect(early).toMatchObject({
      asOf: '2020-02-01',
      region: { id: tree.streetA.id },
      partyMembers: 1,
      dispatchedCadres: 1,
    })
    const later = (await admin.get('/api/v1/reports/situation?asOf=2020-03-05')).json()
    expect(later.partyMembers).toBe(3)
    expect(later.checkpoints).toEqual({ village: 0, community: 0, road: 0, compound: 0 })
    expect(later.observation).toMatchObject({ cumulative: 0, released: 0, current: 0 })
    const outside = await officer.get(`/api/v1/reports/situation?regionId=${tree.streetB.id}`)
    expect(outside.statusCode).toBe(404)
  })

  it('answers in camelCase over HTTP, and in the documented snake_case keys for lianfang report --json', async () => {
    const admin = await t.as('admin', t.top)
    const http = (await admin.get('/api/v1/reports/situation?asOf=2020-03-05')).json()
    const keys = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object' && k !== 'region' ? keys(v as object, `${at}${k}.`) : [`${at}${k}`],
      )
    expect(keys(http).filter((k) => /_/.test(k))).toEqual([])
    expect(http.observation).toHaveProperty('newToday')
    expect(http.hotline).toHaveProperty('callsToday')
    const report = await situationReport(
      t.db,
      systemActor(t.top.id, t.top.path),
      { asOf: '2020-03-05' },
      'Asia/Shanghai',
    )
    expect(keys(reportForCli(report))).toEqual([
      'as_of',
      'region',
      'people_screened',
      'phone_numbers_screened',
      'phone_numbers_reached',
      'key_persons_filed',
      'checkpoints.village',
      'checkpoints.community',
      'checkpoints.road',
      'checkpoints.compound',
      'observation.cumulative',
      'observation.released',
      'observation.current',
      'observation.new_today',
      'observation.released_today',
      'care.households',
      'care.times',
      'social_work.offline',
      'social_work.phone',
      'social_work.online',
      'social_work.beneficiaries',
      'passages.total',
      'passages.today',
      'passages.fevers',
      'passages.denied',
      'hotline.calls',
      'hotline.calls_today',
      'hotline.referrals',
      'publicity.banners',
      'publicity.slogans',
      'publicity.householdsVisited',
      'publicity.peopleReached',
      'publicity.posts',
      'publicity.articles',
      'publicity.chatGroups',
      'party_members',
      'dispatched_cadres',
      'volunteers',
      'social_workers',
      'medics',
    ])
    expect(reportForCli(report).party_members).toBe(http.partyMembers)
  })

  it('refuses a dispatched cadre without a unit', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const res = await officer.post('/api/v1/staff', {
      regionId: tree.communityA.id,
      kind: 'dispatched_cadre',
      name: '张干部',
      joinedOn: '2020-01-28',
    })
    expect(res.json().error.code).toBe('UNIT_REQUIRED')
  })

  it('breaks the figures down by street and community, inside the asked region only', async () => {
    setLocalClock('2020-02-10 09:00')
    const admin = await t.as('admin', t.top)
    for (const regionId of [tree.compoundA.id, tree.compoundA.id, tree.compoundB.id]) {
      const person = await makePerson(t.db, regionId)
      const res = await admin.post('/api/v1/observations', { personId: person.id, reason: '自湖北返回' })
      expect(res.statusCode).toBe(201)
    }
    setClock(undefined) // signs in again: the 2020 session has long expired
    const reader = await t.as('admin', t.top)
    const district = (await reader.get('/api/v1/reports/breakdown?asOf=2020-02-10')).json()
    const row = (id: string) => district.rows.find((r: { regionId: string }) => r.regionId === id)
    expect(district.rows).toHaveLength(4) // two streets, a community under each
    expect(row(tree.streetA.id)).toMatchObject({
      parentId: null,
      hasChildren: true,
      observing: 2,
      newToday: 2,
    })
    expect(row(tree.communityA.id)).toMatchObject({ parentId: tree.streetA.id, observing: 2, cumulative: 2 })
    expect(row(tree.streetB.id)).toMatchObject({ observing: 1 })
    expect(row(tree.communityB.id)).toMatchObject({ parentId: tree.streetB.id, observing: 1 })
    const dayAfter = (await reader.get('/api/v1/reports/breakdown?asOf=2020-02-11')).json()
    expect(dayAfter.rows.find((r: { regionId: string }) => r.regionId === tree.streetA.id)).toMatchObject({
      observing: 2,
      newToday: 0,
    })
    const officer = await t.as('street_officer', tree.streetA)
    const street = (await officer.get('/api/v1/reports/breakdown?asOf=2020-02-10')).json()
    expect(street.region.id).toBe(tree.streetA.id)
    expect(street.rows.map((r: { regionId: string }) => r.regionId)).toEqual([
      tree.communityA.id,
      tree.compoundA.id,
    ])
    expect((await officer.get(`/api/v1/reports/breakdown?regionId=${tree.streetB.id}`)).statusCode).toBe(404)
  })

  it('gives every figure of the screen in the spreadsheet, with the change since the day before, for A4', async () => {
    const admin = await t.as('admin', t.top)
    const http = (await admin.get('/api/v1/reports/situation?asOf=2020-02-10')).json()
    const res = await admin.get('/api/v1/reports/situation.xlsx?asOf=2020-02-10')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const { default: ExcelJS } = await import('exceljs')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
    const ws = wb.worksheets[0]
    expect(String(ws.getCell('A1').value)).toContain('疫情防控工作日报')
    // every number of the report (the screen's figures) has its row
    const leaves = (o: object, at = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) =>
        v && typeof v === 'object'
          ? leaves(v as object, `${at}${k}.`)
          : typeof v === 'number'
            ? [`${at}${k}`]
            : [],
      )
    const paths = SHEET_FIGURES.flatMap(([, figures]) => figures.map(([, path]) => path))
    expect([...paths].sort()).toEqual(leaves(http).sort())
    const rows = new Map<string, unknown[]>()
    ws.eachRow((row) => {
      const v = row.values as unknown[]
      rows.set(`${String(v[1])}/${String(v[2])}`, v.slice(3))
    })
    expect(rows.get('宣传发动/横幅')).toEqual([http.publicity.banners, 0])
    expect(rows.get('力量动员/社工')).toEqual([http.socialWorkers, 0])
    expect(rows.get('力量动员/医护人员')).toEqual([http.medics, 0])
    expect(rows.get('居家医学观察/仍在观察')).toEqual([3, 3])
    expect(rows.get('居家医学观察/当日新增')).toEqual([3, 3])
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
    })
    const bs = wb.getWorksheet('分区统计')!
    expect(bs.pageSetup).toMatchObject({ paperSize: 9, fitToWidth: 1 })
    const names: unknown[] = []
    bs.eachRow((row, n) => n > 3 && names.push((row.values as unknown[])[1]))
    expect(names.sort()).toEqual(['亭江社区', '亭江镇', '罗星街道', '马限社区'].sort())
  })
})
