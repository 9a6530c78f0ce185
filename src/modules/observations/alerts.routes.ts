import { Type } from 'typebox'
import { now } from '../../core/clock.js'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Multiline } from '../../core/schemas.js'
import { AlertQuery, AlertSchema, SupervisorsBody, SupervisorsSchema } from './observations.schema.js'
import { acknowledgeAlert, closeAlert, listAlerts, raiseMissedSlotAlerts } from './alerts.service.js'
import { settingsFrom } from './settings.js'
import { getSupervisors, setSupervisors } from './supervisors.service.js'

const tags = ['observations']
/** how often the missed-slot check runs; an alert comes at most this long after a slot ends */
export const MISSED_SLOT_CHECK_MS = 5 * 60_000

export function alertsRoutes(app: App) {
  const r = typed(app)
  const s = settingsFrom(app.config)

  r.get(
    '/api/v1/observation-alerts',
    {
      schema: { tags, querystring: AlertQuery, response: { 200: Type.Array(AlertSchema) } },
      config: { permission: 'observation:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => listAlerts(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/observation-alerts/:id/acknowledge',
    {
      schema: { tags, params: IdParams, response: { 200: AlertSchema } },
      config: { permission: 'observation:alert', scope: { url: 'observation_alert' } },
    },
    async (req) => inTransaction(app.db, (trx) => acknowledgeAlert(trx, req.actor, req.params.id)),
  )
  r.post(
    '/api/v1/observation-alerts/:id/close',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object({ note: Multiline(500, { minLength: 1 }) }, { additionalProperties: false }),
        response: { 200: AlertSchema },
      },
      config: { permission: 'observation:alert', scope: { url: 'observation_alert' } },
    },
    async (req) => inTransaction(app.db, (trx) => closeAlert(trx, req.actor, req.params.id, req.body.note)),
  )
  r.get(
    '/api/v1/observation-supervisors/:id',
    {
      schema: { tags, params: IdParams, response: { 200: SupervisorsSchema } },
      config: { permission: 'observation:read', scope: { url: 'region' } },
    },
    async (req) => getSupervisors(app.db, req.actor, req.params.id),
  )
  r.put(
    '/api/v1/observation-supervisors/:id',
    {
      schema: { tags, params: IdParams, body: SupervisorsBody, response: { 200: SupervisorsSchema } },
      config: {
        permission: 'observation:write',
        scope: { url: 'community', body: { userIds: 'community_user' } },
      },
    },
    async (req) =>
      inTransaction(app.db, (trx) => setSupervisors(trx, req.actor, req.params.id, req.body.userIds)),
  )

  // 漏测 check: every few minutes, raise alerts for slots that ended without a reading.
  const timer = setInterval(() => {
    raiseMissedSlotAlerts(app.db, now(), s).catch((err: unknown) =>
      app.log.error({ err: { message: (err as Error).message } }, 'missed-slot check failed'),
    )
  }, MISSED_SLOT_CHECK_MS)
  timer.unref()
  app.addHook('onClose', async () => clearInterval(timer))
}
