import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makeMobile, makeResidentId } from '../people/people.fixtures.js'
import { importsSettled } from './imports.service.js'

const HEADER = '姓名,身份证号,手机号,性别,社区,小区,楼栋,房号,户籍类型,工作单位,备注'
const withBadCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0')

async function upload(client: Client, body: Buffer, query: Record<string, string> = {}) {
  const qs = new URLSearchParams({ fileName: 'roster.csv', ...query }).toString()
  return client.request({
    method: 'POST',
    url: `/api/v1/imports/people?${qs}`,
    payload: body,
    headers: { 'content-type': 'application/octet-stream' },
  })
}

/** Uploads and waits for the background job to finish. */
async function importFile(client: Client, body: Buffer, query: Record<string, string> = {}) {
  const res = await upload(client, body, query)
  if (res.statusCode !== 202) throw new Error(`upload: ${res.statusCode} ${res.body}`)
  await importsSettled()
  return (await client.get(`/api/v1/imports/${res.json().id}`)).json()
}

async function readXlsx(buf: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buf as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  wb.worksheets[0].eachRow((r) => rows.push((r.values as unknown[]).slice(1)))
  return rows
}

describe.each(dialects)('people import on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
  })
  afterAll(() => t.close())

  const docs = [makeResidentId('19850312'), makeResidentId('19900101'), makeResidentId('19721130')]
  const phones = [makeMobile(), makeMobile(), makeMobile()]
  const roster = [
    HEADER,
    `张三,${docs[0]},${phones[0]},男,马限社区,马限小区,1号楼,101,户籍,马尾造船厂,x`,
    `李四,${docs[1]},${phones[1]},,马限社区,马限小区,1号楼,102,暂住,,`,
    `王五,${docs[2]},${phones[2]},女,,马限小区,2号楼,301,流动,,`,
    `赵六,${withBadCheckDigit(makeResidentId('19800101'))},13900000000,男,马限社区,马限小区,1号楼,103,户籍,,`,
    `钱七,${makeResidentId('19660606')},13900000001,男,亭江社区,亭江小区,1号楼,101,户籍,,`,
  ].join('\r\n')

  it('imports a GBK CSV: good rows in, bad rows into a Chinese error report', async () => {
    const job = await importFile(worker, iconv.encode(roster, 'gbk'), { fileName: '马限名单.csv' })
    expect(job).toMatchObject({
      status: 'done',
      imported: 3,
      updated: 0,
      rejected: 2,
      unknownColumns: ['备注'],
    })
    expect(job.hasErrorReport).toBe(true)
    const found = (await worker.post('/api/v1/people/search', { document: docs[0] })).json()
    expect(found.items[0]).toMatchObject({
      name: '张三',
      document: `${docs[0].slice(0, 4)}**********${docs[0].slice(-4)}`,
      phone: `${phones[0].slice(0, 3)}****${phones[0].slice(-4)}`,
      sex: 'male',
      birthDate: '1985-**-**',
      regionName: '马限小区',
      address: '1号楼101',
      workplace: '马尾造船厂',
    })
    const report = await worker.get(`/api/v1/imports/${job.id}/errors`)
    expect(report.statusCode).toBe(200)
    const rows = await readXlsx(report.rawPayload)
    expect(rows[0]).toEqual(['行号', '列', '原因'])
    expect(rows.slice(1)).toEqual([
      [5, '身份证号', '身份证号码不正确（校验位不符）'],
      [6, '社区', '在导入范围内找不到社区/村“亭江社区”'],
    ])
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'person.import')
      .execute()
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0].detail!)).toMatchObject({ file: '马限名单.csv', imported: 3, rejected: 2 })
    expect(audit[0].detail).not.toContain(docs[0])
  })

  it('changes nothing when the same roster comes again as UTF-8 with BOM; counts a changed row as updated', async () => {
    const again = await importFile(worker, Buffer.from('\uFEFF' + roster, 'utf8'))
    expect(again).toMatchObject({ status: 'done', imported: 0, updated: 0, unchanged: 3, rejected: 2 })
    const changed = roster.replace('李四', '李肆')
    const third = await importFile(worker, Buffer.from('\uFEFF' + changed, 'utf8'))
    expect(third).toMatchObject({ imported: 0, updated: 1, unchanged: 2 })
    const li = (await worker.post('/api/v1/people/search', { document: docs[1] })).json()
    expect(li.items[0]).toMatchObject({ name: '李肆', residenceType: 'temporary' })
    expect(li.total).toBe(1)
  })

  it('reads the first sheet of an .xlsx as a spreadsheet program writes it (title row, dates, numbers)', async () => {
    const wb = new ExcelJS.Workbook()
    const sheet = wb.addWorksheet('人员名单')
    wb.addWorksheet('说明').addRow(['姓名', '身份证号'])
    sheet.addRow(['马限社区居民登记表'])
    sheet.addRow(['序号', '姓名', '证件号码', '联系电话', '出生日期', '小区', '房号', '人员类型'])
    const doc = makeResidentId('19881205')
    sheet.addRow([
      1,
      '陈八',
      doc,
      Number(makeMobile()),
      new Date(Date.UTC(1988, 11, 5)),
      '马限小区',
      '5-201',
      '户籍',
    ])
    sheet.getCell('E3').numFmt = 'yyyy-mm-dd'
    sheet.addRow([
      2,
      '周九',
      makeResidentId('19950505'),
      '',
      new Date(Date.UTC(1995, 0, 1)),
      '马限小区',
      '',
      '户籍',
    ])
    const job = await importFile(worker, Buffer.from(await wb.xlsx.writeBuffer()), {
      fileName: 'roster.xlsx',
    })
    expect(job).toMatchObject({ status: 'done', imported: 1, rejected: 1, unknownColumns: ['序号'] })
    const rows = await readXlsx((await worker.get(`/api/v1/imports/${job.id}/errors`)).rawPayload)
    expect(rows[1]).toEqual([4, '出生日期', '出生日期与身份证号码不符'])
    const chen = (await worker.post('/api/v1/people/search', { document: doc })).json().items[0]
    expect(chen).toMatchObject({ name: '陈八', birthDate: '1988-**-**', address: '5-201' })
    expect(chen.sex).toBe(Number(doc[16]) % 2 === 1 ? 'male' : 'female')
  })

  it('answers an empty file and a file without the required columns at once', async () => {
    const empty = await upload(worker, Buffer.alloc(0))
    expect(empty.statusCode).toBe(400)
    expect(empty.json().error).toMatchObject({
      code: 'IMPORT_EMPTY_FILE',
      message: '文件为空，没有表头和数据',
    })
    const wrong = await upload(worker, Buffer.from('名字\n张三\n'))
    expect(wrong.json().error).toMatchObject({
      code: 'IMPORT_MISSING_COLUMNS',
      message: '缺少必需的列：证件号码',
    })
  })

  it('imports nothing from a file of only headers', async () => {
    const job = await importFile(worker, Buffer.from(HEADER + '\n'))
    expect(job).toMatchObject({
      status: 'done',
      rowsRead: 0,
      imported: 0,
      rejected: 0,
      hasErrorReport: false,
    })
    expect((await worker.get(`/api/v1/imports/${job.id}/errors`)).json().error.code).toBe('IMPORT_NO_ERRORS')
  })

  it('creates the compounds and buildings a file names when asked to, inside the scope only', async () => {
    const doc = makeResidentId('20010203')
    const csv = `姓名,身份证号,小区,楼栋,房号\n孙十,${doc},新港小区,3号楼,502\n`
    const refused = await importFile(worker, Buffer.from(csv))
    expect(refused).toMatchObject({ imported: 0, rejected: 1 })
    const job = await importFile(worker, Buffer.from(csv), { createRegions: 'true' })
    expect(job).toMatchObject({ status: 'done', imported: 1, regionsCreated: 2 })
    const sun = (await worker.post('/api/v1/people/search', { document: doc })).json().items[0]
    expect(sun).toMatchObject({ regionName: '3号楼', address: '502' })
    const children = (await worker.get(`/api/v1/regions/${tree.communityA.id}/children`)).json()
    expect(children.map((c: { name: string }) => c.name)).toContain('新港小区')
  })

  it('previews the column mapping and the first rows, masked', async () => {
    const res = await worker.request({
      method: 'POST',
      url: '/api/v1/imports/people/preview?fileName=a.csv',
      payload: iconv.encode(roster, 'gb18030'),
      headers: { 'content-type': 'text/csv' },
    })
    expect(res.statusCode).toBe(200)
    const preview = res.json()
    expect(preview).toMatchObject({
      format: 'csv',
      encoding: 'gb18030',
      unknownColumns: ['备注'],
      missingColumns: [],
    })
    expect(preview.columns[1]).toEqual({ header: '身份证号', field: 'docNumber', fieldName: '证件号码' })
    expect(preview.rows[0]).toMatchObject({
      rowNo: 2,
      name: '张三',
      docNumber: docs[0].slice(0, 4) + '**********' + docs[0].slice(-4),
    })
  })

  it('answers 404 to a preview under a region outside the scope, as the import does', async () => {
    const payload = Buffer.from(`姓名,身份证号\n吴一,${makeResidentId()}\n`)
    const preview = (underId: string) =>
      worker.request({
        method: 'POST',
        url: `/api/v1/imports/people/preview?fileName=c.csv&underId=${underId}`,
        payload,
        headers: { 'content-type': 'text/csv' },
      })
    expect((await preview(tree.compoundA.id)).statusCode).toBe(200)
    expect((await preview(tree.compoundB.id)).statusCode).toBe(404)
    expect((await upload(worker, payload, { underId: tree.compoundB.id })).statusCode).toBe(404)
  })

  it('previews a birth date only to the year beside the masked number', async () => {
    const doc = makeResidentId('19770707')
    const res = await worker.request({
      method: 'POST',
      url: '/api/v1/imports/people/preview?fileName=b.csv',
      payload: Buffer.from(`姓名,身份证号,出生日期,小区\n吴一,${doc},1977/7/7,马限小区\n`),
      headers: { 'content-type': 'text/csv' },
    })
    expect(res.json().rows[0]).toMatchObject({
      birthDate: '1977/*/*',
      docNumber: `3501**********${doc.slice(-4)}`,
    })
  })

  it('keeps one person per document: a person registered in another area is a row error', async () => {
    const officerB = await t.as('street_officer', tree.streetB)
    const doc = makeResidentId('19770707')
    const csv = `姓名,身份证号,小区\n吴一,${doc},亭江小区\n`
    expect(await importFile(officerB, Buffer.from(csv))).toMatchObject({ imported: 1 })
    const job = await importFile(worker, Buffer.from(csv.replace('亭江小区', '马限小区')))
    expect(job).toMatchObject({ imported: 0, rejected: 1 })
    const rows = await readXlsx((await worker.get(`/api/v1/imports/${job.id}/errors`)).rawPayload)
    expect(rows[1]).toEqual([2, '证件号码', '此人已在其他辖区登记，请联系该辖区'])
    expect((await officerB.get(`/api/v1/imports/${job.id}`)).statusCode).toBe(404)
  })
})
