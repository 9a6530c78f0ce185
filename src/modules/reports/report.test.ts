import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'

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
      as_of: '2020-02-01',
      region: { id: tree.streetA.id },
      party_members: 1,
      dispatched_cadres: 1,
    })
    const later = (await admin.get('/api/v1/reports/situation?asOf=2020-03-05')).json()
    expect(later.party_members).toBe(3)
    expect(later.checkpoints).toEqual({ village: 0, community: 0, road: 0, compound: 0 })
    expect(later.observation).toMatchObject({ cumulative: 0, released: 0, current: 0 })
    const outside = await officer.get(`/api/v1/reports/situation?regionId=${tree.streetB.id}`)
    expect(outside.statusCode).toBe(404)
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

  it('gives the report as a spreadsheet', async () => {
    const admin = await t.as('admin', t.top)
    const res = await admin.get('/api/v1/reports/situation.xlsx?asOf=2020-03-05')
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const { default: ExcelJS } = await import('exceljs')
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(res.rawPayload as never)
    expect(String(wb.worksheets[0].getCell('A1').value)).toContain('疫情防控工作日报')
  })
})
