import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { getRegionInScope } from '../regions/index.js'
import {
  ActivityBody,
  ActivityQuery,
  ActivitySchema,
  AsOfQuery,
  PublicityCountsSchema,
} from './publicity.schema.js'
import { listActivities, publicityCounts, recordActivity } from './activity.service.js'

const tags = ['publicity']

export function activityRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/publicity/activities',
    {
      schema: { tags, querystring: ActivityQuery, response: { 200: Type.Array(ActivitySchema) } },
      config: { permission: 'publicity:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => listActivities(app.db, req.actor, req.query),
  )
  r.put(
    '/api/v1/publicity/activities',
    {
      schema: { tags, body: ActivityBody, response: { 200: ActivitySchema } },
      config: { permission: 'publicity:write', scope: { body: { regionId: 'region' } } },
    },
    async (req) => inTransaction(app.db, (trx) => recordActivity(trx, req.actor, req.body)),
  )
  r.get(
    '/api/v1/publicity/counts',
    {
      schema: { tags, querystring: AsOfQuery, response: { 200: PublicityCountsSchema } },
      config: { permission: 'publicity:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => {
      const within = req.query.regionId
        ? (await getRegionInScope(app.db, req.actor, req.query.regionId)).path
        : req.actor.scopePath
      return publicityCounts(app.db, { asOf: req.query.asOf, withinPath: within })
    },
  )
}
