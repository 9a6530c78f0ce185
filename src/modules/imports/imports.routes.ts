import { createReadStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import { Readable } from 'node:stream'
import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import { AppError, CommonErrors } from '../../core/errors.js'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { previewPeopleFile } from '../people/index.js'
import {
  assertImportRoot,
  getImportJob,
  importErrorsPath,
  listImports,
  saveUpload,
  startPeopleImport,
  UPLOAD_LIMIT_BYTES,
} from './imports.service.js'
import { ImportJobSchema, ImportPreviewSchema, UploadQuery } from './imports.schema.js'

const tags = ['imports']

// The file is the request body itself (the page sends the File as it is): no multipart
// parsing, and the stream goes straight to disk.
const FILE_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

/**
 * An upload names a file type (or none is read): JSON, text or no type at all is refused with
 * 415 before the body is parsed or any file is made. Runs after the auth hook (401 first).
 */
async function requireFileType(req: FastifyRequest) {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase()
  if (!FILE_TYPES.includes(type)) throw new AppError(CommonErrors.UNSUPPORTED_MEDIA_TYPE)
}

/** The file in the body (the parser above hands the stream on as it is). */
function fileBody(body: unknown): Readable {
  if (body instanceof Readable) return body
  throw new AppError(CommonErrors.UNSUPPORTED_MEDIA_TYPE)
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

export async function importsRoutes(app: App) {
  // encapsulated: these content types are read as raw streams only by these routes
  await app.register(async (scope) => {
    scope.addContentTypeParser(FILE_TYPES, { bodyLimit: UPLOAD_LIMIT_BYTES }, (_req, payload, done) =>
      done(null, payload),
    )
    const r = typed(scope)
    r.post(
      '/api/v1/imports/people',
      {
        schema: { tags, querystring: UploadQuery, response: { 202: ImportJobSchema } },
        config: { permission: 'person:import', upload: true, scope: { query: { underId: 'region' } } },
        onRequest: requireFileType,
      },
      async (req, reply) => {
        const file = await saveUpload(app.config.dataDir, fileBody(req.body))
        const job = await startPeopleImport(app.db, req.actor, app.config.dataDir, {
          ...req.query,
          file,
        }).catch(async (e: unknown) => {
          await rm(file, { force: true })
          throw e
        })
        return reply.code(202).send(job)
      },
    )
    r.post(
      '/api/v1/imports/people/preview',
      {
        schema: { tags, querystring: UploadQuery, response: { 200: ImportPreviewSchema } },
        config: { permission: 'person:import', upload: true, scope: { query: { underId: 'region' } } },
        onRequest: requireFileType,
      },
      async (req) => {
        await assertImportRoot(app.db, req.actor, req.query.underId)
        const file = await saveUpload(app.config.dataDir, fileBody(req.body))
        try {
          return await previewPeopleFile(file, req.query.encoding)
        } finally {
          await rm(file, { force: true })
        }
      },
    )
    r.get(
      '/api/v1/imports',
      {
        schema: { tags, response: { 200: Type.Array(ImportJobSchema) } },
        config: { permission: 'person:import', scope: 'subtree' },
      },
      async (req) => listImports(app.db, req.actor),
    )
    r.get(
      '/api/v1/imports/:id',
      {
        schema: { tags, params: IdParams, response: { 200: ImportJobSchema } },
        config: { permission: 'person:import', scope: { url: 'import' } },
      },
      async (req) => getImportJob(app.db, req.actor, req.params.id),
    )
    r.get(
      '/api/v1/imports/:id/errors',
      {
        schema: { tags, params: IdParams },
        config: { permission: 'person:import', scope: { url: 'import' } },
      },
      async (req, reply) => {
        const { file, fileName } = await importErrorsPath(
          app.db,
          req.actor,
          app.config.dataDir,
          req.params.id,
        )
        const name = `${fileName.replace(/\.[^.]*$/, '')}-错误报告.xlsx`
        return reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
          .send(createReadStream(file))
      },
    )
  })
}
