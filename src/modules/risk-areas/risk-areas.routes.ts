import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import {
  CreateRiskAreaBody,
  KeyPersonPage,
  KeyPersonQuerySchema,
  RiskAreaSchema,
  UpdateRiskAreaBody,
} from './risk-areas.schema.js'
import {
  createRiskArea,
  deleteRiskArea,
  listKeyPersons,
  listRiskAreas,
  updateRiskArea,
} from './risk-areas.service.js'

const tags = ['risk areas']

export function riskAreasRoutes(app: App) {
  const r = typed(app)
  // Public: residents and gates may read which areas count as risk areas. The list is the whole
  // deployment's: the writes declare scope 'deployment', so that only accounts scoped to the top
  // region (指挥部) may make them (the auth hook answers others 403 TOP_ONLY).
  r.get(
    '/api/v1/risk-areas',
    {
      schema: { tags, response: { 200: Type.Array(RiskAreaSchema) } },
      config: { public: true, scope: 'public' },
    },
    async () => listRiskAreas(app.db),
  )
  r.post(
    '/api/v1/risk-areas',
    {
      schema: { tags, body: CreateRiskAreaBody, response: { 201: RiskAreaSchema } },
      config: { permission: 'risk_area:write', scope: 'deployment' },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createRiskArea(trx, req.actor, req.body))),
  )
  r.patch(
    '/api/v1/risk-areas/:id',
    {
      schema: { tags, params: IdParams, body: UpdateRiskAreaBody, response: { 200: RiskAreaSchema } },
      config: { permission: 'risk_area:write', scope: { deployment: { id: 'risk_area' } } },
    },
    async (req) => inTransaction(app.db, (trx) => updateRiskArea(trx, req.actor, req.params.id, req.body)),
  )
  r.delete(
    '/api/v1/risk-areas/:id',
    {
      schema: { tags, params: IdParams },
      config: { permission: 'risk_area:write', scope: { deployment: { id: 'risk_area' } } },
    },
    async (req, reply) => {
      await inTransaction(app.db, (trx) => deleteRiskArea(trx, req.actor, req.params.id))
      return reply.code(204).send()
    },
  )
  r.get(
    '/api/v1/key-persons',
    {
      schema: { tags, querystring: KeyPersonQuerySchema, response: { 200: KeyPersonPage } },
      config: {
        permission: 'key_person:read',
        // a risk area belongs to the whole deployment and its list is public: filtering by one
        // reveals nothing, so there is no scope to check (the list is cut to the region's)
        scope: { query: { regionId: 'region' }, deployment: { riskAreaId: 'risk_area' } },
      },
    },
    async (req) => listKeyPersons(app.db, req.actor, req.query),
  )
}
