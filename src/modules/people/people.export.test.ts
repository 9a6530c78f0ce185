import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeMobile, makeResidentId } from './people.fixtures.js'

async function sheetRows(buf: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buf as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)))
  return rows
}

describe.each(dialects)('people export on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  const doc = makeResidentId('19830303')
  const phone = makeMobile()
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
    const register = (body: object) =>
      worker.post('/api/v1/people', {
        docType: 'id_card',
        regionId: tree.compoundA.id,
        residenceType: 'registered',
        ...body,
      })
    expect(
      (
        await register({
          name: '=HYPERLINK("http://x","点我")',
          docNumber: doc,
          phone,
          workplace: '+86造船厂',
        })
      ).statusCode,
    ).toBe(200)
    expect(
      (await register({ name: '@林', docNumber: makeResidentId('19900909'), workplace: '-cmd|calc' }))
        .statusCode,
    ).toBe(200)
    const admin = await t.as('admin', t.top)
    await admin.post('/api/v1/people', {
      name: '外区人',
      docType: 'id_card',
      docNumber: makeResidentId('19700101'),
      regionId: tree.compoundB.id,
      residenceType: 'registered',
    })
  })
  afterAll(() => t.close())

  it('exports a search masked, with formula-like cells escaped, and only inside the scope', async () => {
    const res = await worker.post('/api/v1/people/export', {})
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    const rows = await sheetRows(res.rawPayload)
    expect(rows[0].slice(0, 4)).toEqual(['姓名', '证件类型', '证件号码', '手机号'])
    expect(rows).toHaveLength(3)
    const byName = new Map(rows.slice(1).map((r) => [String(r[0]), r]))
    const hyper = byName.get(`'=HYPERLINK("http://x","点我")`)!
    expect(hyper).toBeDefined()
    expect(hyper[2]).toBe(`${doc.slice(0, 4)}**********${doc.slice(-4)}`)
    expect(hyper[3]).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`)
    expect(hyper[9]).toBe(`'+86造船厂`)
    expect(byName.get(`'@林`)![9]).toBe(`'-cmd|calc`)
    expect(rows.flat().join()).not.toContain('外区人')
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'person.export')
      .execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0].detail!)).toMatchObject({ rows: 2, unmasked: false })
  })

  it('refuses an unmasked export to a role that may not unmask, and without a reason', async () => {
    const denied = await worker.post('/api/v1/people/export', { unmask: true, reason: '核对名单' })
    expect(denied.statusCode).toBe(403)
    const officer = await t.as('street_officer', tree.streetA)
    const noReason = await officer.post('/api/v1/people/export', { unmask: true })
    expect(noReason.json().error.code).toBe('EXPORT_REASON_REQUIRED')
  })

  it('exports full numbers for an allowed role with a reason, and audits it', async () => {
    const officer = await t.as('street_officer', tree.streetA)
    const res = await officer.post('/api/v1/people/export', {
      unmask: true,
      reason: '报送区指挥部',
      name: '=',
    })
    expect(res.statusCode).toBe(200)
    const rows = await sheetRows(res.rawPayload)
    expect(rows).toHaveLength(2)
    expect(rows[1][2]).toBe(doc)
    expect(rows[1][3]).toBe(phone)
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'person.export_unmasked')
      .execute()
    expect(audit).toHaveLength(1)
    expect(audit[0].actor_name).toBe(officer.username)
    expect(JSON.parse(audit[0].detail!)).toMatchObject({
      rows: 1,
      unmasked: true,
      reason: '报送区指挥部',
      filters: ['name'],
    })
    expect(audit[0].detail).not.toContain(doc)
  })
})
