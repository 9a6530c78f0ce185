// 导入任务: an uploaded roster is saved to the data directory, then imported in the
// background while the page polls the job for progress. The import itself is the people
// module's service, the same one the CLI runs.
import { randomUUID } from 'node:crypto'
import { mkdir, open, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { Transform, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { UPLOAD_LIMITS } from '../../core/uploads.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { importPeople, type ImportProgress, ImportErrors } from '../people/index.js'
import { previewPeopleFile } from '../people/index.js'
import {
  findImportJob,
  insertImportJob,
  listImportJobs,
  updateImportJob,
  type ImportJobRow,
} from './imports.queries.js'
import type { UploadOptions } from './imports.schema.js'

export const ImportJobErrors = defineErrors({
  IMPORT_NO_ERRORS: { status: 404, zh: '此次导入没有错误报告', en: 'This import has no error report' },
  IMPORT_FILE_TOO_LARGE: {
    status: 413,
    zh: '文件过大（上限 {limitMb} MB）',
    en: 'File too large (limit {limitMb} MB)',
  },
})

export const UPLOAD_LIMIT_BYTES = UPLOAD_LIMITS.people.maxBytes
const PROGRESS_EVERY_MS = 500

export const importsDir = (dataDir: string) => path.join(dataDir, 'imports')

/** Streams an upload to a file: a large roster never sits in memory. */
export async function saveUpload(
  dataDir: string,
  body: Readable,
  limit = UPLOAD_LIMIT_BYTES,
): Promise<string> {
  await mkdir(importsDir(dataDir), { recursive: true, mode: 0o700 })
  const file = path.join(importsDir(dataDir), `${randomUUID()}.upload`)
  // opened here, before the stream: a failed upload's file is then surely there to remove (a
  // stream opens its file later, and could create it after the rm below)
  const handle = await open(file, 'wx', 0o600)
  let bytes = 0
  const guard = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length
      if (bytes > limit)
        done(new AppError(ImportJobErrors.IMPORT_FILE_TOO_LARGE, { limitMb: Math.round(limit / 1048576) }))
      else done(null, chunk)
    },
  })
  try {
    await pipeline(body, guard, handle.createWriteStream())
  } catch (e) {
    await handle.close().catch(() => undefined)
    await rm(file, { force: true })
    throw e
  }
  return file
}

/** The upload's options and where its file was saved. */
export type PeopleImportInput = UploadOptions & { file: string }

const running = new Set<Promise<void>>()
/** Resolves when every background import has finished (server shutdown, tests). */
export const importsSettled = () => Promise.all([...running])

/**
 * The region an upload goes under, when the query names one: outside the actor's scope it
 * answers 404 before the file is read, for the preview as for the import itself.
 */
export async function assertImportRoot(db: Db, actor: Actor, underId: string | undefined) {
  if (underId) await getRegionInScope(db, actor, underId)
}

export async function startPeopleImport(db: Db, actor: Actor, dataDir: string, input: PeopleImportInput) {
  const root = await getRegionInScope(db, actor, input.underId ?? actor.scopeRegionId)
  // an empty file or one without the required columns is answered at once, not as a failed job
  const preview = await previewPeopleFile(input.file, input.encoding)
  if (preview.missingColumns.length)
    throw new AppError(ImportErrors.IMPORT_MISSING_COLUMNS, { columns: preview.missingColumns.join('、') })
  const id = randomUUID()
  const errorsName = `${id}.errors.xlsx`
  await insertImportJob(db, {
    id,
    region_id: root.id,
    kind: 'people',
    file_name: input.fileName,
    status: 'running',
    rows_read: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    progress: 0,
    regions_created: 0,
    unknown_columns: null,
    errors_file: null,
    error_code: null,
    created_by: actor.userId,
    created_at: nowIso(now),
    finished_at: null,
  })
  let last = 0
  let writes = Promise.resolve()
  const counts = (p: ImportProgress) => ({
    rows_read: p.rowsRead,
    imported: p.imported,
    updated: p.updated,
    unchanged: p.unchanged,
    rejected: p.rejected,
    progress: p.bytesTotal ? Math.min(1000, Math.floor((p.bytesRead / p.bytesTotal) * 1000)) : 0,
  })
  const job = importPeople(db, actor, {
    ...input,
    underId: root.id,
    errorsFile: path.join(importsDir(dataDir), errorsName),
    onProgress: (p) => {
      if (Date.now() - last < PROGRESS_EVERY_MS) return
      last = Date.now()
      writes = writes.then(async () => void (await updateImportJob(db, id, counts(p))))
    },
  })
    .then(async (s) => {
      await writes
      await updateImportJob(db, id, {
        ...counts(s),
        status: 'done',
        regions_created: s.regionsCreated,
        unknown_columns: JSON.stringify(s.unknownColumns),
        errors_file: s.errorsFile ? errorsName : null,
        finished_at: nowIso(now),
      })
    })
    .catch(async (e: unknown) => {
      await writes.catch(() => undefined)
      const code = e instanceof AppError ? e.code : 'INTERNAL'
      await updateImportJob(db, id, { status: 'failed', error_code: code, finished_at: nowIso(now) })
    })
    .finally(() => rm(input.file, { force: true }))
  const tracked: Promise<void> = job.finally(() => running.delete(tracked))
  running.add(tracked)
  return getImportJob(db, actor, id)
}

export async function getImportJobInScope(db: Db, actor: Actor, id: string): Promise<ImportJobRow> {
  const row = await findImportJob(db, id)
  assertInScope(actor, row?.region_path, 'import')
  return row!
}

export const toImportJobView = (j: ImportJobRow) => ({
  id: j.id,
  kind: j.kind,
  fileName: j.file_name,
  status: j.status,
  progress: j.status === 'running' ? j.progress / 1000 : 1,
  rowsRead: j.rows_read,
  imported: j.imported,
  updated: j.updated,
  unchanged: j.unchanged,
  rejected: j.rejected,
  regionsCreated: j.regions_created,
  unknownColumns: j.unknown_columns ? (JSON.parse(j.unknown_columns) as string[]) : [],
  hasErrorReport: j.errors_file !== null,
  errorCode: j.error_code,
  createdAt: j.created_at,
  finishedAt: j.finished_at,
})

export const getImportJob = async (db: Db, actor: Actor, id: string) =>
  toImportJobView(await getImportJobInScope(db, actor, id))

export const listImports = async (db: Db, actor: Actor) =>
  (await listImportJobs(db, actor.scopePath, 50)).map(toImportJobView)

/** The error report's path; it holds no personal data beyond row numbers and reasons. */
export async function importErrorsPath(db: Db, actor: Actor, dataDir: string, id: string) {
  const job = await getImportJobInScope(db, actor, id)
  if (!job.errors_file) throw new AppError(ImportJobErrors.IMPORT_NO_ERRORS)
  const file = path.join(importsDir(dataDir), job.errors_file)
  // a report removed from the disk (a restored backup, a cleaned data directory) is a 404
  if (!(await stat(file).catch(() => undefined))) throw new AppError(ImportJobErrors.IMPORT_NO_ERRORS)
  return { file, fileName: job.file_name }
}
