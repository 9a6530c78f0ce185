// Uploads that cannot sink the server: a zip bomb is refused from its directory before any
// parsing, rows and cells are capped, and a file that needs more memory than the parsing
// worker may have stops that worker, not the server.
import ExcelJS from 'exceljs'
import { unzipSync, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type Client, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { UPLOAD_LIMITS } from '../../core/uploads.js'
import { openTable } from '../people/index.js'

const MB = 1_048_576

/** A real roster .xlsx whose shared strings hold one 46 MB string: about 50 KB as a file. */
async function xlsxBomb(inflatedMb = 46): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('名单')
  ws.addRow(['姓名', '身份证号', '小区'])
  ws.addRow(['张三', '350105198503120011', '马限小区'])
  const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))
  const huge = 'A'.repeat(inflatedMb * MB)
  files['xl/sharedStrings.xml'] = new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4"><si><t>姓名</t></si><si><t>身份证号</t></si><si><t>小区</t></si><si><t>${huge}</t></si></sst>`,
  )
  return Buffer.from(zipSync(files, { level: 9 }))
}

const csv = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8')

async function readAll(file: Buffer, limits: typeof UPLOAD_LIMITS.people | object) {
  const source = await openTable(file, undefined, { ...UPLOAD_LIMITS.people, ...limits })
  let n = 0
  for await (const _ of source.rows) n++
  return n
}

describe('the upload reader', () => {
  it('refuses rows and cells past the limits, naming the limit', async () => {
    const lines = ['姓名,身份证号', ...Array.from({ length: 20 }, (_, i) => `人${i},${i}`)]
    expect(await readAll(csv(lines), { maxRows: 21 })).toBe(21)
    await expect(readAll(csv(lines), { maxRows: 10 })).rejects.toMatchObject({
      code: 'UPLOAD_TOO_MANY_ROWS',
      details: { limit: 10 },
    })
    await expect(readAll(csv(['a,b,c,d,e,f']), { maxCells: 5 })).rejects.toMatchObject({
      code: 'UPLOAD_TOO_MANY_CELLS',
      details: { rowNo: 1, limit: 5 },
    })
  })

  it('a file that passes the directory check but needs more memory stops the worker, not the server', async () => {
    const bomb = await xlsxBomb(64)
    // limits loosened so that the zip check lets it through: the worker's heap is the backstop
    const loose = { maxRatio: 1e9, maxInflatedBytes: 1e12, workerHeapMb: 24 }
    await expect(readAll(bomb, loose)).rejects.toMatchObject({
      code: 'UPLOAD_PARSE_LIMIT',
      details: { limitMb: 24 },
    })
    // and the next file reads as ever
    expect(await readAll(csv(['姓名,身份证号', '张三,1']), {})).toBe(2)
  }, 60_000)
})

describe.each(dialects)('uploads that cannot sink the server on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let worker: Client
  let bomb: Buffer
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    worker = await t.as('community_worker', tree.communityA)
    bomb = await xlsxBomb()
  })
  afterAll(() => t.close())

  const post = (url: string, body: Buffer) =>
    worker.request({
      method: 'POST',
      url,
      payload: body,
      headers: { 'content-type': 'application/octet-stream', 'accept-language': 'zh-CN' },
    })

  it('refuses a 46 MB-inflating .xlsx before parsing it, and memory stays flat', async () => {
    expect(bomb.length).toBeLessThan(200 * 1024)
    const before = process.memoryUsage().rss
    for (const url of [
      '/api/v1/imports/people/preview?fileName=a.xlsx',
      '/api/v1/imports/people?fileName=a.xlsx',
    ]) {
      const res = await post(url, bomb)
      expect(res.statusCode).toBe(413)
      expect(res.json().error.code).toBe('UPLOAD_BOMB')
      expect(res.json().error.message).toContain('压缩比上限 100:1')
    }
    expect((process.memoryUsage().rss - before) / MB).toBeLessThan(50)
    // nothing started, nothing written
    expect((await worker.get('/api/v1/imports')).json()).toEqual([])
  })

  it('takes at most 2 MB of hire list from a liaison, and refuses a bomb there too', async () => {
    const liaison = await t.as('enterprise_liaison', tree.compoundA)
    const factory = (
      await worker.post('/api/v1/enterprises', {
        name: '马尾造船厂',
        address: '马尾开发区',
        regionId: tree.compoundA.id,
        liaisonId: liaison.userId,
      })
    ).json()
    const url = `/api/v1/enterprises/${factory.id}/hires/import`
    const big = Buffer.alloc(2 * MB + 1, 'a')
    const tooBig = await liaison.post(url, { content: big.toString('base64') })
    expect(tooBig.statusCode).toBe(413)
    expect(tooBig.json().error).toMatchObject({ code: 'UPLOAD_TOO_LARGE', message: '文件过大（上限 2 MB）' })
    const bombed = await liaison.post(url, { content: bomb.toString('base64') })
    expect(bombed.statusCode).toBe(413)
    expect(bombed.json().error.code).toBe('UPLOAD_BOMB')
    expect((await liaison.get(`/api/v1/enterprises/${factory.id}/hires`)).json()).toEqual([])
  })
})
