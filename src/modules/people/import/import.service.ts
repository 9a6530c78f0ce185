// 批量导入人员: a roster file into the registry. Rows are read as a stream, checked one by
// one, and written in batches, each batch in its own transaction, so that bad rows (into the
// error report) never stop good ones and memory stays flat. One audit entry per import.
import { stat } from 'node:fs/promises'
import { inTransaction, type Db, type Trx } from '../../../db/db.js'
import { AppError } from '../../../core/errors.js'
import { recordAuditNow } from '../../../core/audit.js'
import type { Actor } from '../../../core/actor.js'
import { getRegionInScope } from '../../regions/index.js'
import { writeBatch, type HouseholdCache, type PlacedRow } from './batch.js'
import { errorReport } from './error-report.js'
import { FIELD_ZH, mapHeaders, type HeaderMapping, type ImportField } from './fields.js'
import { createPlaceResolver } from './places.js'
import type { Encoding, TableRow, TableSource } from './reader.js'
import { createIndexes, dropSecondaryIndexes, personTableIsEmpty, smallPageCache } from './queries.js'
import { openTable } from './table.js'
import { cellsOf, checkRow, type CheckedRow, type RowError, ImportErrors } from './validate.js'

export interface ImportOptions {
  /** the file on disk */
  file: string
  /** the name the user knows it by (audit, messages) */
  fileName: string
  /** where the error report goes when a row is rejected */
  errorsFile: string
  encoding?: Encoding
  createRegions?: boolean
  /** names are looked up under this region (default: the actor's scope) */
  underId?: string
  batchSize?: number
  /** Into an empty person table, load the whole file in one transaction and build the plain
   * indexes after it: several times faster, but the database is held for the whole import,
   * so only a caller that owns it for the run (the CLI) asks for it. */
  loadThenIndex?: boolean
  onProgress?: (p: ImportProgress) => void
}

export interface ImportProgress {
  rowsRead: number
  imported: number
  updated: number
  unchanged: number
  rejected: number
  bytesRead: number
  bytesTotal: number
}

export interface ImportSummary extends ImportProgress {
  format: 'csv' | 'xlsx'
  encoding: Encoding | null
  unknownColumns: string[]
  regionsCreated: number
  errorsFile: string | null
}

/** A broken file (bad zip, bad quoting) is the user's error, not a 500; an upload's limits
 * (UPLOAD_*) keep their own code. */
const unreadable = (e: unknown) => (e instanceof AppError ? e : new AppError(ImportErrors.IMPORT_UNREADABLE))

async function openOrFail(file: string, encoding?: Encoding): Promise<TableSource> {
  try {
    return await openTable(file, encoding)
  } catch (e) {
    throw unreadable(e)
  }
}

/** The rows of a source, its errors made the user's. */
async function* rowsOf(source: TableSource): AsyncGenerator<TableRow> {
  const it = source.rows[Symbol.asyncIterator]()
  try {
    for (;;) {
      let next: IteratorResult<TableRow>
      try {
        next = await it.next()
      } catch (e) {
        throw unreadable(e)
      }
      if (next.done) return
      yield next.value
    }
  } finally {
    await it.return?.() // the parsing worker ends when the import stops early
  }
}

/** The header row: the first of the first few rows that names the required columns (a
 * title line such as "马限社区居民登记表" often sits above it). */
async function headerMapping(rows: AsyncGenerator<TableRow>): Promise<HeaderMapping> {
  let first: HeaderMapping | undefined
  for (let i = 0; i < HEADER_SEARCH_ROWS; i++) {
    const next = await rows.next()
    if (next.done) break
    const mapping = mapHeaders(next.value.cells)
    if (mapping.missing.length === 0) return mapping
    first ??= mapping
  }
  if (!first) throw new AppError(ImportErrors.IMPORT_EMPTY_FILE)
  throw new AppError(ImportErrors.IMPORT_MISSING_COLUMNS, {
    columns: first.missing.map((f) => FIELD_ZH[f]).join('、'),
  })
}

const HEADER_SEARCH_ROWS = 5

/** One batch, in its transaction: places found (or made), then the people written. */
async function placeAndWrite(
  trx: Db,
  actor: Actor,
  rows: CheckedRow[],
  places: ReturnType<typeof createPlaceResolver>,
  households: HouseholdCache,
  headerOf: (f: ImportField) => string,
) {
  const placed: PlacedRow[] = []
  const errors: RowError[] = []
  for (const row of rows) {
    const place = await places.resolve(trx, row.places)
    if ('error' in place)
      errors.push({
        rowNo: row.rowNo,
        column: headerOf(place.error.field),
        code: place.error.code,
        details: place.error.details,
      })
    else placed.push({ row, regionId: place.regionId, address: place.address })
  }
  const r = await writeBatch(trx, actor, placed, households)
  return { ...r, errors: [...errors, ...r.errors], rejectedRows: errors.length + r.errors.length }
}

const FIRST_LOAD_BATCH = 1000

/**
 * A first import (of a million, on day one): one transaction that drops the person table's
 * plain indexes, loads every row and builds them again, so that a failure or a crash at any
 * point rolls back to the empty table with its indexes (the DDL is transactional on both
 * databases). The table is checked again inside: someone may have added a person since.
 */
async function firstLoad(db: Db, load: (trx: Trx) => Promise<void>) {
  let attempts = 0
  await inTransaction(db, async (trx) => {
    // the rows are read as they go in: a second attempt (a PostgreSQL deadlock retry) would
    // find the file read, so it fails instead of committing an empty import
    if (++attempts > 1) throw new Error('first load cannot be retried')
    const indexes = (await personTableIsEmpty(trx)) ? await dropSecondaryIndexes(trx) : []
    const restoreCache = await smallPageCache(trx)
    try {
      await load(trx)
      await createIndexes(trx, indexes)
    } finally {
      await restoreCache() // the connection's setting, not undone by a rollback
    }
  })
}

export async function importPeople(db: Db, actor: Actor, opts: ImportOptions): Promise<ImportSummary> {
  const root = await getRegionInScope(db, actor, opts.underId ?? actor.scopeRegionId)
  const bytesTotal = (await stat(opts.file)).size
  const source = await openOrFail(opts.file, opts.encoding)
  const rows = rowsOf(source)
  const mapping = await headerMapping(rows).catch(async (e: unknown) => {
    await rows.return(undefined)
    throw e
  })
  const headerOf = (f: ImportField) => mapping.headers[mapping.columns.indexOf(f)] || FIELD_ZH[f]
  const places = createPlaceResolver(actor, root, opts.createRegions ?? false)
  const report = errorReport(opts.errorsFile)
  const households: HouseholdCache = new Map()
  let batchSize = opts.batchSize ?? 1000
  const p: ImportProgress = {
    rowsRead: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    bytesRead: 0,
    bytesTotal,
  }
  let batch: CheckedRow[] = []
  // each batch in its own transaction, or all of them in the first load's
  let write = <T>(fn: (trx: Trx) => Promise<T>) => inTransaction(db, fn)
  // a person twice in one batch would be looked up once: flush first, as if row by row
  let inBatch = new Set<string>()

  // rejected rows wait for their batch, so that the report lists rows in file order
  let rejected: RowError[] = []
  let rejectedRows = 0

  const flush = async () => {
    const pending = batch
    const errors = rejected
    p.rejected += rejectedRows
    batch = []
    rejected = []
    rejectedRows = 0
    inBatch = new Set()
    if (pending.length) {
      const r = await write((trx) => placeAndWrite(trx, actor, pending, places, households, headerOf))
      p.imported += r.imported
      p.updated += r.updated
      p.unchanged += r.unchanged
      p.rejected += r.rejectedRows
      errors.push(...r.errors)
    }
    errors.sort((a, b) => a.rowNo - b.rowNo).forEach(report.add)
    p.bytesRead = source.bytesRead()
    opts.onProgress?.({ ...p })
  }

  const readAll = async () => {
    for await (const { rowNo, cells } of rows) {
      p.rowsRead++
      const { row, errors } = checkRow(rowNo, cellsOf(mapping, cells), headerOf)
      if (row) {
        if (inBatch.has(row.docBidx)) await flush()
        inBatch.add(row.docBidx)
        batch.push(row)
      } else {
        rejectedRows++
        rejected.push(...errors)
      }
      if (batch.length + rejectedRows >= batchSize) await flush()
    }
    await flush()
  }

  let errorsFile: string | null = null
  try {
    if (opts.loadThenIndex && (await personTableIsEmpty(db)))
      await firstLoad(db, (trx) => {
        write = (fn) => fn(trx)
        // no commit per batch to save here: smaller batches die young in the heap
        batchSize = Math.min(batchSize, FIRST_LOAD_BATCH)
        return readAll()
      })
    else await readAll()
  } finally {
    // closed even when the import stops half-way: the rows so far are in it
    errorsFile = await report.close()
  }
  const summary: ImportSummary = {
    ...p,
    bytesRead: bytesTotal,
    format: source.format,
    encoding: source.encoding,
    unknownColumns: mapping.unknown,
    regionsCreated: places.regionsCreated(),
    errorsFile,
  }
  await recordAuditNow(db, actor, {
    action: 'person.import',
    entity: 'region',
    entityId: root.id,
    detail: {
      file: opts.fileName,
      imported: p.imported,
      updated: p.updated,
      unchanged: p.unchanged,
      rejected: p.rejected,
      regionsCreated: summary.regionsCreated,
    },
  })
  return summary
}
