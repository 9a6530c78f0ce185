import { Type } from 'typebox'
import { now } from '../../core/clock.js'
import { AppError } from '../../core/errors.js'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Multiline, Paged, Text } from '../../core/schemas.js'
import { localDate } from '../../shared/days.js'
import { readCareFile } from './care.files.js'
import { listCareRequests, pathWithin } from './care.list.js'
import { careCounts } from './care.queries.js'
import {
  CareCountsSchema,
  CareDetailSchema,
  CareQuerySchema,
  CareRequestBody,
  CareRequestSchema,
} from './care.schema.js'
import {
  assignCareRequest,
  cancelCareRequest,
  careDetail,
  fulfilCareRequest,
  getCareRequestInScope,
  openCareRequest,
} from './care.service.js'
import { CareErrors } from './care.errors.js'

const tags = ['care']

export function careRoutes(app: App) {
  const r = typed(app)
  const opts = { dataDir: app.config.dataDir, timeZone: app.config.timeZone }

  r.get(
    '/api/v1/care-requests',
    {
      schema: { tags, querystring: CareQuerySchema, response: { 200: Paged(CareRequestSchema) } },
      config: { permission: 'care:read', scope: { query: { regionId: 'region', householdId: 'household' } } },
    },
    async (req) => listCareRequests(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/care-requests',
    {
      // a printing request may carry a file of up to 10 MB (in base64)
      bodyLimit: 16 * 1024 * 1024,
      schema: { tags, body: CareRequestBody, response: { 201: CareDetailSchema } },
      config: {
        permission: 'care:write',
        scope: { body: { householdId: 'household' } },
        sampleBody: { items: '大米' },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await inTransaction(app.db, (trx) => openCareRequest(trx, req.actor, req.body, opts))),
  )
  r.get(
    '/api/v1/care-requests/counts',
    {
      schema: {
        tags,
        querystring: Type.Object({
          asOf: Type.Optional(Type.String({ format: 'date' })),
          regionId: Type.Optional(Type.String({ maxLength: 64 })),
        }),
        response: { 200: CareCountsSchema },
      },
      config: { permission: 'care:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) =>
      careCounts(app.db, {
        asOf: req.query.asOf ?? localDate(now(), opts.timeZone),
        withinPath: await pathWithin(app.db, req.actor, req.query.regionId),
      }),
  )
  r.get(
    '/api/v1/care-requests/:id',
    {
      schema: { tags, params: IdParams, response: { 200: CareDetailSchema } },
      config: { permission: 'care:read', scope: { url: 'care_request' } },
    },
    async (req) => careDetail(app.db, req.actor, req.params.id),
  )
  r.get(
    '/api/v1/care-requests/:id/file',
    {
      schema: { tags, params: IdParams },
      config: { permission: 'care:read', scope: { url: 'care_request_with_file' } },
    },
    async (req, reply) => {
      const row = await getCareRequestInScope(app.db, req.actor, req.params.id)
      if (!row.file_key) throw new AppError(CareErrors.CARE_FILE_MISSING)
      const bytes = await readCareFile(opts.dataDir, row.file_key)
      return reply
        .header('content-type', row.file_type ?? 'application/octet-stream')
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(row.file_name ?? 'file')}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(bytes)
    },
  )
  r.post(
    '/api/v1/care-requests/:id/assign',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { assigneeId: Type.String({ minLength: 1, maxLength: 64 }) },
          { additionalProperties: false },
        ),
        response: { 200: CareDetailSchema },
      },
      config: {
        permission: 'care:write',
        scope: { url: 'care_request', body: { assigneeId: 'user' } },
      },
    },
    async (req) =>
      inTransaction(app.db, (trx) => assignCareRequest(trx, req.actor, req.params.id, req.body.assigneeId)),
  )
  r.post(
    '/api/v1/care-requests/:id/fulfil',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { delivered: Multiline(1000, { minLength: 1 }), close: Type.Optional(Type.Boolean()) },
          { additionalProperties: false },
        ),
        response: { 200: CareDetailSchema },
      },
      config: { permission: 'care:fulfil', scope: { url: 'assigned_care_request' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => fulfilCareRequest(trx, req.actor, req.params.id, req.body, opts)),
  )
  r.post(
    '/api/v1/care-requests/:id/cancel',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object({ reason: Text(200) }, { additionalProperties: false }),
        response: { 200: CareDetailSchema },
      },
      config: { permission: 'care:write', scope: { url: 'care_request' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => cancelCareRequest(trx, req.actor, req.params.id, req.body.reason)),
  )
}
