// Opening an uploaded table, the server's side: an .xlsx's zip directory is checked first
// (core/uploads.ts, nothing inflated), then the file is parsed in a worker thread with a heap
// limit, which sends its rows in batches on request. A file that needs more memory than the
// limit kills the worker, and the user is told so (UPLOAD_PARSE_LIMIT); the server goes on.
import { AppError, type ErrorCode } from '../../../core/errors.js'
import { startWorker } from '../../../core/workers.js'
import { checkZip, UploadErrors, UPLOAD_LIMITS, type UploadLimits } from '../../../core/uploads.js'
import { isZip, readHead, type Encoding, type FileFormat, type TableRow, type TableSource } from './reader.js'

export type ToWorker = { type: 'more' }
export type FromWorker =
  | { type: 'open'; format: FileFormat; encoding: Encoding | null }
  | { type: 'rows'; rows: TableRow[]; bytesRead: number }
  | { type: 'end'; bytesRead: number }
  | { type: 'error'; code: string | null; details: Record<string, unknown> }

/** A file the reader could not make sense of (a broken zip, bad quoting); callers answer with
 * their own "cannot read" code. Limits are AppErrors and pass through. */
export class UnreadableTable extends Error {
  constructor() {
    super('unreadable table')
  }
}

const BATCH_ROWS = 1000

const startTableWorker = (data: object, heapMb: number) =>
  startWorker(import.meta.url, 'table', {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
  })

/**
 * Opens a file (a path, or its bytes) as a stream of rows, parsed in a worker. Rejects with
 * UPLOAD_BOMB / UPLOAD_TOO_MANY_* / UPLOAD_PARSE_LIMIT, or UnreadableTable.
 */
export async function openTable(
  file: string | Buffer,
  encoding?: Encoding,
  limits: UploadLimits = UPLOAD_LIMITS.people,
): Promise<TableSource> {
  const head = await readHead(file).catch(() => {
    throw new UnreadableTable()
  })
  if (isZip(head))
    await checkZip(file, limits).catch((e: unknown) => {
      throw e instanceof AppError ? e : new UnreadableTable()
    })
  const worker = startTableWorker({ file, encoding, limits, batchRows: BATCH_ROWS }, limits.workerHeapMb)
  let bytesRead = 0
  const queue: FromWorker[] = []
  let failure: Error | null = null
  let waiting: (() => void) | null = null
  const wake = () => {
    waiting?.()
    waiting = null
  }
  worker.on('message', (m: FromWorker) => {
    queue.push(m)
    wake()
  })
  worker.on('error', (e: Error & { code?: string }) => {
    failure =
      e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new AppError(UploadErrors.UPLOAD_PARSE_LIMIT, { limitMb: limits.workerHeapMb })
        : new UnreadableTable()
    wake()
  })
  worker.on('exit', () => {
    failure ??= new UnreadableTable() // only seen when no message ended the parse
    wake()
  })
  const next = async (): Promise<FromWorker> => {
    for (;;) {
      const m = queue.shift()
      if (m) {
        if (m.type === 'error')
          throw m.code ? new AppError(m.code as ErrorCode, m.details) : new UnreadableTable()
        return m
      }
      if (failure) throw failure
      await new Promise<void>((resolve) => (waiting = resolve))
    }
  }

  let opened: FromWorker
  try {
    opened = await next()
  } catch (e) {
    await worker.terminate()
    throw e
  }
  if (opened.type !== 'open') throw new UnreadableTable()

  async function* rows(): AsyncGenerator<TableRow> {
    try {
      for (;;) {
        const m = await next()
        if (m.type === 'end') {
          bytesRead = m.bytesRead
          return
        }
        if (m.type !== 'rows') continue
        worker.postMessage({ type: 'more' } satisfies ToWorker)
        bytesRead = m.bytesRead
        yield* m.rows
      }
    } finally {
      await worker.terminate() // also when the reader stops early (a preview)
    }
  }
  return { format: opened.format, encoding: opened.encoding, rows: rows(), bytesRead: () => bytesRead }
}
