import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import { CreateRegionBody, RegionSchema, RegionSearchQuery, UpdateRegionBody } from './regions.schema.js'
import {
  createRegion,
  deleteRegion,
  findRegions,
  regionChildren,
  regionDetail,
  updateRegion,
  type RegionView,
} from './regions.service.js'

const tags = ['regions']

export function regionsRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/regions/scope',
    {
      schema: { tags, response: { 200: RegionSchema } },
      config: { permission: 'region:read', scope: 'subtree' },
    },
    async (req) => (await regionDetail(app.db, req.actor, req.actor.scopeRegionId)).region,
  )
  r.get(
    '/api/v1/regions',
    {
      schema: { tags, querystring: RegionSearchQuery, response: { 200: Type.Array(RegionSchema) } },
      config: { permission: 'region:read', scope: 'subtree' },
    },
    async (req) => findRegions(app.db, req.actor, req.query.q),
  )
  r.get(
    '/api/v1/regions/:id',
    {
      schema: {
        tags,
        params: IdParams,
        response: { 200: Type.Object({ region: RegionSchema, ancestors: Type.Array(RegionSchema) }) },
      },
      config: { permission: 'region:read', scope: { url: 'region' } },
    },
    async (req) => regionDetail(app.db, req.actor, req.params.id),
  )
  r.get(
    '/api/v1/regions/:id/children',
    {
      schema: { tags, params: IdParams, response: { 200: Type.Array(RegionSchema) } },
      config: { permission: 'region:read', scope: { url: 'region' } },
    },
    async (req): Promise<RegionView[]> => regionChildren(app.db, req.actor, req.params.id),
  )
  r.post(
    '/api/v1/regions',
    {
      schema: { tags, body: CreateRegionBody, response: { 201: RegionSchema } },
      // the walk adds a building to the actor's own compound ('area': the region itself)
      config: {
        permission: 'region:write',
        scope: { body: { parentId: 'area' } },
        sampleBody: { type: 'building', name: '楼-{unique}' },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createRegion(trx, req.actor, req.body))),
  )
  r.patch(
    '/api/v1/regions/:id',
    {
      schema: { tags, params: IdParams, body: UpdateRegionBody, response: { 200: RegionSchema } },
      // the walk's building stays under its compound in scope, or is moved to one outside
      config: {
        permission: 'region:write',
        scope: { url: 'region', body: { parentId: 'area' } },
        sampleBody: { name: '楼-{unique}' },
      },
    },
    async (req) => inTransaction(app.db, (trx) => updateRegion(trx, req.actor, req.params.id, req.body)),
  )
  r.delete(
    '/api/v1/regions/:id',
    { schema: { tags, params: IdParams }, config: { permission: 'region:write', scope: { url: 'region' } } },
    async (req, reply) => {
      await inTransaction(app.db, (trx) => deleteRegion(trx, req.actor, req.params.id))
      return reply.code(204).send()
    },
  )
}
