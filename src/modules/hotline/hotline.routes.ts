import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Paged } from '../../core/schemas.js'
import { getRegionInScope } from '../regions/index.js'
import {
  AsOfQuery,
  CallBody,
  CallChanges,
  CallQuery,
  CallSchema,
  CoverageQuery,
  CoverageSchema,
  ExpertSchema,
  HotlineCountsSchema,
  ShiftBody,
  ShiftSchema,
} from './hotline.schema.js'
import { addHotlineShift, hotlineCoverage, listExperts, removeHotlineShift } from './roster.service.js'
import {
  getCallInScope,
  hotlineCounts,
  listCalls,
  recordCall,
  toCallView,
  updateCall,
} from './calls.service.js'

const tags = ['hotline']

export function hotlineRoutes(app: App) {
  const r = typed(app)
  const tz = () => app.config.timeZone
  r.get(
    '/api/v1/hotline/experts',
    {
      schema: { tags, response: { 200: Type.Array(ExpertSchema) } },
      config: { permission: 'hotline:roster', scope: 'subtree' },
    },
    async (req) => listExperts(app.db, req.actor),
  )
  r.post(
    '/api/v1/hotline/shifts',
    {
      schema: { tags, body: ShiftBody, response: { 201: ShiftSchema } },
      config: {
        permission: 'hotline:roster',
        scope: { body: { regionId: 'region', expertId: 'expert' } },
        sampleBody: { startsAt: '2020-02-01T08:00:00.000Z', endsAt: '2020-02-01T16:00:00.000Z' },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => addHotlineShift(trx, req.actor, req.body))),
  )
  r.delete(
    '/api/v1/hotline/shifts/:id',
    {
      schema: { tags, params: IdParams },
      config: { permission: 'hotline:roster', scope: { url: 'hotline_shift' } },
    },
    async (req, reply) => {
      await inTransaction(app.db, (trx) => removeHotlineShift(trx, req.actor, req.params.id))
      return reply.code(204).send()
    },
  )
  r.get(
    '/api/v1/hotline/coverage',
    {
      schema: { tags, querystring: CoverageQuery, response: { 200: CoverageSchema } },
      config: { permission: 'hotline:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => hotlineCoverage(app.db, req.actor, { ...req.query, timeZone: tz() }),
  )
  r.get(
    '/api/v1/hotline/calls',
    {
      schema: { tags, querystring: CallQuery, response: { 200: Paged(CallSchema) } },
      config: { permission: 'hotline:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => listCalls(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/hotline/calls',
    {
      schema: { tags, body: CallBody, response: { 201: CallSchema } },
      config: { permission: 'hotline:write', scope: { body: { regionId: 'region' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => recordCall(trx, req.actor, req.body, tz()))),
  )
  r.get(
    '/api/v1/hotline/calls/:id',
    {
      schema: { tags, params: IdParams, response: { 200: CallSchema } },
      config: { permission: 'hotline:read', scope: { url: 'hotline_call' } },
    },
    async (req) => toCallView(await getCallInScope(app.db, req.actor, req.params.id)),
  )
  r.patch(
    '/api/v1/hotline/calls/:id',
    {
      schema: { tags, params: IdParams, body: CallChanges, response: { 200: CallSchema } },
      config: { permission: 'hotline:write', scope: { url: 'hotline_call' } },
    },
    async (req) => inTransaction(app.db, (trx) => updateCall(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/hotline/counts',
    {
      schema: { tags, querystring: AsOfQuery, response: { 200: HotlineCountsSchema } },
      config: { permission: 'hotline:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => {
      const within = req.query.regionId
        ? (await getRegionInScope(app.db, req.actor, req.query.regionId)).path
        : req.actor.scopePath
      return hotlineCounts(app.db, { asOf: req.query.asOf, withinPath: within })
    },
  )
}
