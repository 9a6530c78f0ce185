// Reads a roster as a stream of rows of text cells: the first sheet of an .xlsx, or a CSV in
// UTF-8 (with or without BOM) or GBK/GB18030 (what Chinese Excel saves as "CSV"). Memory
// stays flat: rows are pulled one by one, the caller's awaits hold the file back. Rows and
// cells are counted against the upload's limits. This runs inside the parsing worker
// (table.worker.ts); the rest of the server opens a file through table.ts.
import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { AppError } from '../../../core/errors.js'
import { UploadErrors, type UploadLimits } from '../../../core/uploads.js'

export type Encoding = 'utf8' | 'gbk' | 'gb18030'
export type FileFormat = 'csv' | 'xlsx'

export interface TableRow {
  /** the row number a spreadsheet program shows (1 = the header) */
  rowNo: number
  cells: string[]
}

export interface TableSource {
  format: FileFormat
  /** the encoding used (csv only) */
  encoding: Encoding | null
  rows: AsyncIterable<TableRow>
  /** bytes of the file read so far, for progress */
  bytesRead(): number
}

const SNIFF_BYTES = 64 * 1024

/** UTF-8 when the first chunk is valid UTF-8 (a character cut at its end is fine), else GB18030. */
export function detectEncoding(head: Uint8Array): Encoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true })
    return 'utf8'
  } catch {
    return 'gb18030'
  }
}

export async function readHead(file: string | Buffer): Promise<Buffer> {
  if (Buffer.isBuffer(file)) return file.subarray(0, SNIFF_BYTES)
  const fh = await open(file, 'r')
  try {
    const buf = Buffer.alloc(SNIFF_BYTES)
    const { bytesRead } = await fh.read(buf, 0, SNIFF_BYTES, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}

function counted(stream: Readable) {
  let bytes = 0
  stream.on('data', (chunk: Buffer) => (bytes += chunk.length))
  return () => bytes
}

// A small upload (a carrier's number list, a hire list) arrives in the request body, not on disk.
const streamOf = (file: string | Buffer) =>
  Buffer.isBuffer(file) ? Readable.from([file]) : createReadStream(file, { highWaterMark: SNIFF_BYTES })

export const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b

/** Refuses the row past the limits: too many rows, or too many cells in it. */
function assertWithin(rowNo: number, cells: number, limits: UploadLimits) {
  if (rowNo > limits.maxRows) throw new AppError(UploadErrors.UPLOAD_TOO_MANY_ROWS, { limit: limits.maxRows })
  if (cells > limits.maxCells)
    throw new AppError(UploadErrors.UPLOAD_TOO_MANY_CELLS, { rowNo, limit: limits.maxCells })
}

/** Opens a file (a path, or its bytes); `.xlsx` is recognised by its zip signature, not by its name. */
export async function openTableHere(
  file: string | Buffer,
  limits: UploadLimits,
  encoding?: Encoding,
): Promise<TableSource> {
  const head = await readHead(file)
  if (isZip(head)) return openXlsx(file, limits)
  // GBK is a subset of GB18030: decoding GBK bytes as GB18030 gives the same text.
  const enc: Encoding = encoding ?? detectEncoding(head)
  const input = streamOf(file)
  const bytesRead = counted(input)
  const parser = input.pipe(iconv.decodeStream(enc === 'utf8' ? 'utf8' : 'gb18030')).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      info: true,
      // one record may not swallow the file (an unclosed quote): characters per record
      max_record_size: limits.maxCells * 1024,
    }),
  )
  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: string[]
        info: { lines: number }
      }>) {
        assertWithin(info.lines, record.length, limits)
        yield { rowNo: info.lines, cells: record.map((c) => c.trim()) }
      }
    } finally {
      input.destroy() // also when the reader stops early (a preview)
    }
  }
  return { format: 'csv', encoding: enc, rows: rows(), bytesRead }
}

function openXlsx(file: string | Buffer, limits: UploadLimits): TableSource {
  const input = streamOf(file)
  const bytesRead = counted(input)
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache', // dates are recognised by their number format
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  })
  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for await (const sheet of reader) {
        for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
          const raw = row.values as unknown[]
          assertWithin(row.number, raw.length - 1, limits)
          const values = raw.slice(1).map(cellText)
          if (values.some((v) => v !== '')) yield { rowNo: row.number, cells: values }
        }
        break // the first sheet only
      }
    } finally {
      input.destroy()
    }
  }
  return { format: 'xlsx', encoding: null, rows: rows(), bytesRead }
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, rich text joined, formula results. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (v instanceof Date) return v.toISOString().slice(0, 10)
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] }
    if (o.richText)
      return o.richText
        .map((r) => r.text)
        .join('')
        .trim()
    if (o.text !== undefined) return cellText(o.text)
    if (o.result !== undefined) return cellText(o.result)
    return ''
  }
  return String(v).trim()
}
