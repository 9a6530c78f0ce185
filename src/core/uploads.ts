// Limits on uploaded spreadsheets, and the zip check every .xlsx passes before it is parsed.
// An .xlsx is a zip: 135 KB can inflate to hundreds of MB (a zip bomb). The central directory
// (read with yauzl, nothing inflated) declares every entry's sizes; a file over the limits is
// refused there. A file that lies in its directory is parsed in a worker with a heap limit
// (people/import/table.ts), and rows and cells are counted as they are read.
import yauzl from 'yauzl'
import { AppError, defineErrors } from './errors.js'

export const UploadErrors = defineErrors({
  UPLOAD_TOO_LARGE: {
    status: 413,
    zh: '文件过大（上限 {limitMb} MB）',
    en: 'File too large (limit {limitMb} MB)',
  },
  UPLOAD_BOMB: {
    status: 413,
    zh: '文件解压后过大或压缩比异常，已拒绝（解压后上限 {limitMb} MB，压缩比上限 {maxRatio}:1，条目上限 {maxEntries} 个）：请在 Excel 中另存为新的 .xlsx 或 CSV 后再上传',
    en: 'The file inflates too much and was refused (limits: {limitMb} MB inflated, ratio {maxRatio}:1, {maxEntries} entries): save it again from Excel as a new .xlsx or as CSV',
  },
  UPLOAD_TOO_MANY_ROWS: {
    status: 413,
    zh: '文件超过 {limit} 行的上限，请拆分后分批上传',
    en: 'The file has more than {limit} rows: split it and upload the parts',
  },
  UPLOAD_TOO_MANY_CELLS: {
    status: 413,
    zh: '第 {rowNo} 行超过 {limit} 列的上限',
    en: 'Row {rowNo} has more than {limit} columns',
  },
  UPLOAD_PARSE_LIMIT: {
    status: 422,
    zh: '解析文件所需内存超过 {limitMb} MB 的上限，已停止（未写入任何数据）：请拆分文件或另存为 CSV 后再上传',
    en: 'Reading the file needed more than {limitMb} MB of memory and was stopped (nothing written): split it or save it as CSV',
  },
})

export interface UploadLimits {
  /** bytes of the file as uploaded */
  maxBytes: number
  /** .xlsx: bytes of all entries once inflated, as the zip declares them */
  maxInflatedBytes: number
  /** .xlsx: inflated ÷ compressed, for an entry over 1 MB inflated (ordinary sheets: 5–20) */
  maxRatio: number
  /** .xlsx: entries in the zip (an ordinary workbook has 10–30) */
  maxEntries: number
  /** rows read, the header included */
  maxRows: number
  /** cells in one row */
  maxCells: number
  /** the parsing worker's heap (V8 old generation), MB */
  workerHeapMb: number
}

const MB = 1_048_576
const RATIO_FROM_BYTES = MB

/** Per upload: a roster from staff (streamed to disk, written in batches), a liaison's hire
 * list and a campaign's carrier number list (read whole, so small). */
export const UPLOAD_LIMITS = {
  people: {
    maxBytes: 512 * MB,
    maxInflatedBytes: 2048 * MB,
    maxRatio: 100,
    maxEntries: 1000,
    maxRows: 2_000_000,
    maxCells: 200,
    workerHeapMb: 512,
  },
  hires: {
    maxBytes: 2 * MB,
    maxInflatedBytes: 20 * MB,
    maxRatio: 100,
    maxEntries: 1000,
    maxRows: 10_000,
    maxCells: 100,
    workerHeapMb: 96,
  },
  numbers: {
    maxBytes: 8 * MB,
    maxInflatedBytes: 64 * MB,
    maxRatio: 100,
    maxEntries: 1000,
    maxRows: 100_000,
    maxCells: 100,
    workerHeapMb: 192,
  },
} as const satisfies Record<string, UploadLimits>

export const limitMb = (bytes: number) => Math.round(bytes / MB)

/** The request body limit for a file sent as base64 in JSON: 4/3 of the file and some room. */
export const base64BodyLimit = (limits: UploadLimits) => Math.ceil((limits.maxBytes * 4) / 3) + 64 * 1024

export function assertUploadSize(bytes: number, limits: UploadLimits) {
  if (bytes > limits.maxBytes)
    throw new AppError(UploadErrors.UPLOAD_TOO_LARGE, { limitMb: limitMb(limits.maxBytes) })
}

function bomb(limits: UploadLimits) {
  return new AppError(UploadErrors.UPLOAD_BOMB, {
    limitMb: limitMb(limits.maxInflatedBytes),
    maxRatio: limits.maxRatio,
    maxEntries: limits.maxEntries,
  })
}

const openZip = (file: string | Buffer) =>
  new Promise<yauzl.ZipFile>((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile) => (err || !zip ? reject(err) : resolve(zip))
    const options = { lazyEntries: true, autoClose: false }
    if (Buffer.isBuffer(file)) yauzl.fromBuffer(file, options, done)
    else yauzl.open(file, options, done)
  })

/**
 * Reads the zip's central directory (nothing is inflated) and refuses a file whose declared
 * sizes go over the limits: UPLOAD_BOMB. A damaged zip rejects with yauzl's error (the caller
 * answers that the file cannot be read).
 */
export async function checkZip(file: string | Buffer, limits: UploadLimits): Promise<void> {
  const zip = await openZip(file)
  try {
    if (zip.entryCount > limits.maxEntries) throw bomb(limits)
    let inflated = 0
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        inflated += entry.uncompressedSize
        const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1)
        if (inflated > limits.maxInflatedBytes) return reject(bomb(limits))
        if (entry.uncompressedSize > RATIO_FROM_BYTES && ratio > limits.maxRatio) return reject(bomb(limits))
        zip.readEntry()
      })
      zip.readEntry()
    })
  } finally {
    zip.close()
  }
}
