import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { Id } from '../../core/schemas.js'
import { now } from '../../core/clock.js'
import { localDate } from '../../shared/days.js'
import { situationTrends } from './trends.service.js'

const TrendsQuery = Type.Object(
  {
    asOf: Type.Optional(Type.String({ format: 'date' })),
    regionId: Type.Optional(Id),
    days: Type.Integer({ minimum: 1, maximum: 92, default: 30 }),
  },
  { additionalProperties: false },
)

const Int = Type.Integer()
export const TrendsSchema = Type.Object({
  asOf: Type.String(),
  from: Type.String(),
  region: Type.Object({ id: Type.String(), name: Type.String(), type: Type.String() }),
  days: Type.Array(
    Type.Object({
      date: Type.String(),
      observationsStarted: Int,
      observationsReleased: Int,
      alerts: Type.Object({ fever: Int, symptoms: Int, missedSlot: Int }),
      passages: Type.Object({ in: Int, out: Int, total: Int, fevers: Int, denied: Int }),
    }),
  ),
  passagesByHour: Type.Array(Type.Object({ hour: Int, in: Int, out: Int, total: Int })),
})

export function trendsRoutes(app: App) {
  typed(app).get(
    '/api/v1/reports/trends',
    {
      schema: { tags: ['reports'], querystring: TrendsQuery, response: { 200: TrendsSchema } },
      config: { permission: 'report:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) =>
      situationTrends(
        app.db,
        req.actor,
        { ...req.query, asOf: req.query.asOf ?? localDate(now(), app.config.timeZone) },
        app.config.timeZone,
      ),
  )
}
