import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Paged } from '../../core/schemas.js'
import { getRegionInScope } from '../regions/index.js'
import {
  AgencyBody,
  AgencyChanges,
  AgencySchema,
  AsOfQuery,
  ServiceBody,
  ServiceQuery,
  ServiceSchema,
  SocialWorkCountsSchema,
  WorkerBody,
  WorkerQuery,
  WorkerSchema,
} from './social-work.schema.js'
import { addWorker, createAgency, listAgencies, listWorkers, updateAgency } from './agencies.service.js'
import { deleteService, listServices, recordService, socialWorkCounts } from './records.service.js'

const tags = ['social-work']
const read = { permission: 'social_work:read' }
const write = { permission: 'social_work:write' }

export function socialWorkRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/social-work/agencies',
    { schema: { tags, response: { 200: Type.Array(AgencySchema) } }, config: { ...read, scope: 'subtree' } },
    async (req) => listAgencies(app.db, req.actor),
  )
  r.post(
    '/api/v1/social-work/agencies',
    {
      schema: { tags, body: AgencyBody, response: { 201: AgencySchema } },
      config: { ...write, scope: { body: { regionId: 'region' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createAgency(trx, req.actor, req.body))),
  )
  r.patch(
    '/api/v1/social-work/agencies/:id',
    {
      schema: { tags, params: IdParams, body: AgencyChanges, response: { 200: AgencySchema } },
      // agency names are unique: each walk call renames its agency afresh
      config: { ...write, scope: { url: 'sw_agency' }, sampleBody: { name: '机构-{unique}' } },
    },
    async (req) => inTransaction(app.db, (trx) => updateAgency(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/social-work/workers',
    {
      schema: { tags, querystring: WorkerQuery, response: { 200: Type.Array(WorkerSchema) } },
      config: { ...read, scope: { query: { agencyId: 'sw_agency' } } },
    },
    async (req) => listWorkers(app.db, req.actor, req.query.agencyId),
  )
  r.post(
    '/api/v1/social-work/workers',
    {
      schema: { tags, body: WorkerBody, response: { 201: WorkerSchema } },
      config: { ...write, scope: { body: { regionId: 'region', agencyId: 'sw_agency', userId: 'user' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => addWorker(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/social-work/services',
    {
      schema: { tags, querystring: ServiceQuery, response: { 200: Paged(ServiceSchema) } },
      config: { ...read, scope: { query: { regionId: 'region' } } },
    },
    async (req) => listServices(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/social-work/services',
    {
      schema: { tags, body: ServiceBody, response: { 201: ServiceSchema } },
      config: { ...write, scope: { body: { regionId: 'region', workerId: 'sw_worker' } } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await inTransaction(app.db, (trx) => recordService(trx, req.actor, req.body, app.config.timeZone)),
        ),
  )
  r.delete(
    '/api/v1/social-work/services/:id',
    { schema: { tags, params: IdParams }, config: { ...write, scope: { url: 'sw_service' } } },
    async (req, reply) => {
      await inTransaction(app.db, (trx) => deleteService(trx, req.actor, req.params.id))
      return reply.code(204).send()
    },
  )
  r.get(
    '/api/v1/social-work/counts',
    {
      schema: { tags, querystring: AsOfQuery, response: { 200: SocialWorkCountsSchema } },
      config: { ...read, scope: { query: { regionId: 'region' } } },
    },
    async (req) => {
      const within = req.query.regionId
        ? (await getRegionInScope(app.db, req.actor, req.query.regionId)).path
        : req.actor.scopePath
      return socialWorkCounts(app.db, { asOf: req.query.asOf, withinPath: within })
    },
  )
}
