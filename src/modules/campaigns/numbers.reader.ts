// Reads a carrier's number list (运营商提供的号码清单): CSV in UTF-8 or GBK, or .xlsx.
// TODO(people owner): the registry import will have the shared CSV/xlsx reader with GBK
// detection; switch to it when it is exported and drop this one.
import { parse } from 'csv-parse/sync'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { AppError, defineErrors } from '../../errors.js'

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

/** UTF-8 when the bytes are valid UTF-8 (BOM dropped), otherwise GB18030 (a superset of GBK). */
export function decodeText(buf: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true })
  try {
    return utf8.decode(buf).replace(/^\uFEFF/, '')
  } catch {
    return iconv.decode(buf, 'gb18030')
  }
}

async function readXlsx(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buf as unknown as ArrayBuffer)
  const sheet = wb.worksheets[0]
  const rows: string[][] = []
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as unknown[]).slice(1)
    rows.push(values.map((v) => cellText(v)))
  })
  return rows
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object' && 'text' in v) return String((v as { text: unknown }).text)
  if (typeof v === 'object' && 'result' in v) return String((v as { result: unknown }).result)
  return String(v)
}

/** The first sheet of an .xlsx, or a CSV in UTF-8 or GBK, as rows of text cells. */
export async function readTable(buf: Buffer): Promise<string[][]> {
  try {
    // .xlsx is a zip file: it starts with "PK".
    return buf[0] === 0x50 && buf[1] === 0x4b
      ? await readXlsx(buf)
      : (parse(decodeText(buf), {
          relax_column_count: true,
          skip_empty_lines: true,
          trim: true,
        }) as string[][])
  } catch {
    throw new AppError('NUMBER_LIST_UNREADABLE', { field: 'file' })
  }
}

export async function readNumberList(buf: Buffer): Promise<NumberRow[]> {
  const [header = [], ...body] = await readTable(buf)
  const find = (re: RegExp) => header.findIndex((h) => re.test(String(h ?? '')))
  const col = {
    phone: find(COLUMNS.phone),
    carrier: find(COLUMNS.carrier),
    homeRegion: find(COLUMNS.homeRegion),
    arrival: find(COLUMNS.arrival),
  }
  if (col.phone < 0) throw new AppError('NUMBER_LIST_NO_PHONE_COLUMN', { field: 'file' })
  const at = (row: string[], i: number) => (i >= 0 ? String(row[i] ?? '').trim() || null : null)
  return body
    .map((row, i) => ({
      rowNo: i + 2, // as the spreadsheet numbers it: the header is row 1
      phone: at(row, col.phone) ?? '',
      carrier: at(row, col.carrier),
      homeRegion: at(row, col.homeRegion),
      arrival: at(row, col.arrival),
    }))
    .filter((r) => r.phone || r.carrier || r.homeRegion || r.arrival)
}
