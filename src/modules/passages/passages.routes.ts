import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { langOf } from '../../core/fastify.js'
import { now } from '../../core/clock.js'
import { localDate } from '../../shared/days.js'
import { getCheckpointInScope } from '../checkpoints/index.js'
import { committerFor } from './committer.js'
import {
  BatchBody,
  BatchResult,
  CountsQuery,
  CountsSchema,
  GateSettingsSchema,
  PassageInputSchema,
  PassageResult,
  PassageSchema,
  RecentQuery,
} from './passages.schema.js'
import { checkpointCounts, recentPassages, recordBatch, recordPassage } from './passages.service.js'
import { GateLookupBody, GateLookupResult, lookUpAtGate } from './lookup.js'
import { paperRoutes } from './paper.routes.js'
import { inTransaction } from '../../db/db.js'
import { perAccountLookups } from '../../core/lookup-limit.js'
import { startRetentionJob } from './retention.js'
import { passageSettings } from './settings.js'
import { Type } from 'typebox'

const tags = ['passages']

export function passagesRoutes(app: App) {
  const r = typed(app)
  const settings = passageSettings(app.config)
  const tz = app.config.timeZone

  // No route transaction here: the group committer opens one per batch of requests.
  r.post(
    '/api/v1/passages',
    {
      schema: { tags, body: PassageInputSchema, response: { 200: PassageResult, 201: PassageResult } },
      config: {
        permission: 'passage:write',
        scope: { body: { checkpointId: 'checkpoint' } },
        // a passage names its own id (the gate makes it) and the person's document
        sampleBody: { id: '{uuid}', document: { type: 'id_card', number: '350105199001010015' } },
      },
    },
    async (req, reply) => {
      const result = await recordPassage(app.db, req.actor, req.body, settings)
      return reply.code(result.duplicate ? 200 : 201).send(result)
    },
  )
  r.post(
    '/api/v1/passages/batch',
    {
      schema: { tags, body: BatchBody, response: { 200: BatchResult } },
      config: { permission: 'passage:write', scope: 'subtree' },
    },
    async (req) =>
      recordBatch(app.db, req.actor, req.body.passages, {
        sentAt: req.body.sentAt,
        settings,
        lang: langOf(req),
      }),
  )
  r.post(
    '/api/v1/gate/lookup',
    {
      schema: { tags, body: GateLookupBody, response: { 200: GateLookupResult } },
      config: {
        permission: 'passage:write',
        rateLimit: perAccountLookups('gate.lookup'),
        scope: { body: { checkpointId: 'checkpoint' } },
        sampleBody: { document: { type: 'id_card', number: '350105199001010015' } },
      },
    },
    async (req) => inTransaction(app.db, (trx) => lookUpAtGate(trx, req.actor, req.body, settings)),
  )
  r.get(
    '/api/v1/checkpoints/:id/counts',
    {
      schema: { tags, params: IdParams, querystring: CountsQuery, response: { 200: CountsSchema } },
      config: { permission: 'passage:read', scope: { url: 'checkpoint' } },
    },
    async (req) =>
      checkpointCounts(app.db, req.actor, req.params.id, req.query.date ?? localDate(now(), tz), tz),
  )
  r.get(
    '/api/v1/checkpoints/:id/passages',
    {
      schema: {
        tags,
        params: IdParams,
        querystring: RecentQuery,
        response: { 200: Type.Array(PassageSchema) },
      },
      config: { permission: 'passage:read', scope: { url: 'checkpoint' } },
    },
    async (req) => recentPassages(app.db, req.actor, req.params.id, req.query.limit),
  )
  // What a gate caches to work offline: the thresholds it applies itself.
  r.get(
    '/api/v1/checkpoints/:id/gate-settings',
    {
      schema: { tags, params: IdParams, response: { 200: GateSettingsSchema } },
      config: { permission: 'passage:write', scope: { url: 'checkpoint' } },
    },
    async (req) => {
      await getCheckpointInScope(app.db, req.actor, req.params.id)
      const { feverThreshold, minTemperature, maxTemperature, clockSkewMs } = settings
      return { feverThreshold, minTemperature, maxTemperature, clockSkewMs }
    },
  )

  paperRoutes(app, settings)

  // Answer every queued passage before the database closes.
  app.addHook('preClose', async () => committerFor(app.db).close())
  startRetentionJob(app)
}
