import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Paged } from '../../core/schemas.js'
import { dayStart, addDays } from '../../shared/days.js'
import { getRegionInScope } from '../regions/index.js'
import {
  AssignBody,
  CampaignListQuery,
  CampaignSchema,
  CoverageBySchema,
  CoverageSchema,
  CreateCampaignBody,
  SweepItemQuery,
  SweepItemSchema,
  VisitBody,
  VisitResult,
} from './campaigns.schema.js'
import { CountsQuery, CountsSchema } from './calls.schema.js'
import {
  closeCampaign,
  createCampaign,
  getCampaignInScope,
  listCampaigns,
  toCampaignView,
} from './campaigns.service.js'
import { sweepCoverage } from './coverage.service.js'
import { screeningCounts } from './counts.js'
import { assignSweep, listSweepItems, recordVisit } from './sweeps.service.js'

const tags = ['campaigns']
const read = { permission: 'campaign:read' }
const write = { permission: 'campaign:write' }
const work = { permission: 'campaign:work' }

export function campaignsRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/campaigns',
    {
      schema: { tags, querystring: CampaignListQuery, response: { 200: Type.Array(CampaignSchema) } },
      config: { ...read, scope: 'subtree' },
    },
    async (req) => listCampaigns(app.db, req.actor, req.query.kind),
  )
  r.post(
    '/api/v1/campaigns',
    {
      schema: { tags, body: CreateCampaignBody, response: { 201: CampaignSchema } },
      config: { ...write, scope: { body: { regionId: 'region' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createCampaign(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/campaigns/:id',
    {
      schema: { tags, params: IdParams, response: { 200: CampaignSchema } },
      config: { ...read, scope: { url: 'campaign' } },
    },
    async (req) => toCampaignView(await getCampaignInScope(app.db, req.actor, req.params.id)),
  )
  r.post(
    '/api/v1/campaigns/:id/close',
    {
      schema: { tags, params: IdParams, response: { 200: CampaignSchema } },
      config: { ...write, scope: { url: 'campaign' } },
    },
    async (req) => inTransaction(app.db, (trx) => closeCampaign(trx, req.actor, req.params.id)),
  )

  // 扫楼 building sweep
  r.get(
    '/api/v1/campaigns/:id/households',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: SweepItemQuery,
        response: { 200: Paged(SweepItemSchema) },
      },
      config: { ...read, scope: { url: 'campaign', query: { regionId: 'region' } } },
    },
    async (req) => listSweepItems(app.db, req.actor, req.params.id, req.query),
  )
  r.post(
    '/api/v1/campaigns/:id/assign',
    {
      schema: {
        tags,
        params: IdParams,
        body: AssignBody,
        response: { 200: Type.Object({ assigned: Type.Integer() }) },
      },
      config: {
        ...write,

        scope: { url: 'campaign', body: { regionId: 'region', assigneeId: 'user' } },
      },
    },
    async (req) => inTransaction(app.db, (trx) => assignSweep(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/campaigns/:id/coverage',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: Type.Object({ by: CoverageBySchema }, { additionalProperties: false }),
        response: { 200: CoverageSchema },
      },
      config: { ...read, scope: { url: 'campaign' } },
    },
    async (req) => sweepCoverage(app.db, req.actor, req.params.id, req.query.by),
  )
  r.post(
    '/api/v1/sweep-items/:id/visits',
    {
      schema: { tags, params: IdParams, body: VisitBody, response: { 200: VisitResult } },
      config: { ...work, scope: { url: 'sweep_item' } },
    },
    async (req) => inTransaction(app.db, (trx) => recordVisit(trx, req.actor, req.params.id, req.body)),
  )

  // 排查统计 for the situation report: as of the end of the given local day
  r.get(
    '/api/v1/screening/counts',
    {
      schema: { tags, querystring: CountsQuery, response: { 200: CountsSchema } },
      config: { ...read, scope: { query: { regionId: 'region' } } },
    },
    async (req) => {
      const within = req.query.regionId
        ? (await getRegionInScope(app.db, req.actor, req.query.regionId)).path
        : req.actor.scopePath
      const asOf = new Date(dayStart(addDays(req.query.asOf, 1), app.config.timeZone)).toISOString()
      return { ...(await screeningCounts(app.db, { asOf, withinPath: within })), asOf: req.query.asOf }
    },
  )
}
