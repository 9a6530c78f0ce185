// Reads a carrier's number list (运营商提供的号码清单): CSV in UTF-8 or GBK, or .xlsx.
import { AppError, defineErrors } from '../../core/errors.js'
import { assertUploadSize, UPLOAD_LIMITS, type UploadLimits } from '../../core/uploads.js'
import { openTable, type TableRow } from '../people/index.js'

export const NumberListErrors = defineErrors({
  NUMBER_LIST_UNREADABLE: {
    status: 400,
    zh: '无法读取上传的文件（应为 CSV 或 .xlsx）',
    en: 'Cannot read the uploaded file (expected CSV or .xlsx)',
  },
  NUMBER_LIST_NO_PHONE_COLUMN: {
    status: 400,
    zh: '号码清单缺少“手机号码”列',
    en: 'The number list has no phone number column',
  },
})

export interface NumberRow {
  rowNo: number
  phone: string
  carrier: string | null
  homeRegion: string | null
  arrival: string | null
}

// Header words seen in carrier lists; the first matching column wins.
const COLUMNS = {
  phone: /手机|电话|号码|phone|mobile|msisdn/i,
  carrier: /运营商|carrier|operator/i,
  homeRegion: /归属|户籍|来源|常住|home|region|origin/i,
  arrival: /抵|到达|返|来[榕马]|arriv/i,
} as const

/**
 * The rows of an uploaded list, read by the registry import's reader (first sheet of an .xlsx,
 * or a CSV in UTF-8 or GBK, parsed in a worker), with the row numbers a spreadsheet program
 * shows. The list is held whole, so its limits are small (rows, bytes: `limits`).
 */
export async function readTable(buf: Buffer, limits: UploadLimits): Promise<TableRow[]> {
  assertUploadSize(buf.length, limits)
  try {
    const rows: TableRow[] = []
    for await (const row of (await openTable(buf, undefined, limits)).rows) rows.push(row)
    return rows
  } catch (e) {
    // an upload's limits (UPLOAD_*) keep their own code
    if (e instanceof AppError) throw e
    throw new AppError(NumberListErrors.NUMBER_LIST_UNREADABLE, { field: 'file' })
  }
}

export async function readNumberList(buf: Buffer): Promise<NumberRow[]> {
  const [head, ...body] = await readTable(buf, UPLOAD_LIMITS.numbers)
  const header = head?.cells ?? []
  const find = (re: RegExp) => header.findIndex((h) => re.test(h))
  const col = {
    phone: find(COLUMNS.phone),
    carrier: find(COLUMNS.carrier),
    homeRegion: find(COLUMNS.homeRegion),
    arrival: find(COLUMNS.arrival),
  }
  if (col.phone < 0) throw new AppError(NumberListErrors.NUMBER_LIST_NO_PHONE_COLUMN, { field: 'file' })
  const at = (row: string[], i: number) => (i >= 0 ? String(row[i] ?? '').trim() || null : null)
  return body
    .map(({ rowNo, cells }) => ({
      rowNo,
      phone: at(cells, col.phone) ?? '',
      carrier: at(cells, col.carrier),
      homeRegion: at(cells, col.homeRegion),
      arrival: at(cells, col.arrival),
    }))
    .filter((r) => r.phone || r.carrier || r.homeRegion || r.arrival)
}
