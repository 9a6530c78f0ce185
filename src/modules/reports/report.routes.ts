import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { now } from '../../core/clock.js'
import { addDays, localDate } from '../../shared/days.js'
import { situationReport } from './report.service.js'
import { reportWorkbook } from './report.xlsx.js'
import { BreakdownSchema, SituationReportSchema } from './report.schema.js'
import { situationBreakdown } from './breakdown.service.js'

const Query = Type.Object(
  {
    asOf: Type.Optional(Type.String({ format: 'date' })),
    regionId: Type.Optional(Type.String({ maxLength: 64 })),
  },
  { additionalProperties: false },
)

export function reportsRoutes(app: App) {
  const r = typed(app)
  const today = () => localDate(now(), app.config.timeZone)
  r.get(
    '/api/v1/reports/situation',
    {
      schema: { tags: ['reports'], querystring: Query, response: { 200: SituationReportSchema } },
      config: { permission: 'report:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) =>
      situationReport(
        app.db,
        req.actor,
        { asOf: req.query.asOf ?? today(), regionId: req.query.regionId },
        app.config.timeZone,
      ),
  )
  r.get(
    '/api/v1/reports/situation.xlsx',
    {
      schema: { tags: ['reports'], querystring: Query },
      config: { permission: 'report:read', scope: { query: { regionId: 'region' } } },
    },
    async (req, reply) => {
      const asOf = req.query.asOf ?? today()
      const q = { regionId: req.query.regionId }
      const tz = app.config.timeZone
      const report = await situationReport(app.db, req.actor, { ...q, asOf }, tz)
      const previous = await situationReport(app.db, req.actor, { ...q, asOf: addDays(asOf, -1) }, tz)
      const breakdown = await situationBreakdown(app.db, req.actor, { ...q, asOf }, tz)
      const file = await reportWorkbook(report, previous, breakdown.rows)
      const name = encodeURIComponent(`态势报告-${report.region.name}-${report.asOf}.xlsx`)
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .send(file)
    },
  )
  r.get(
    '/api/v1/reports/breakdown',
    {
      schema: { tags: ['reports'], querystring: Query, response: { 200: BreakdownSchema } },
      config: { permission: 'report:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) =>
      situationBreakdown(
        app.db,
        req.actor,
        { asOf: req.query.asOf ?? today(), regionId: req.query.regionId },
        app.config.timeZone,
      ),
  )
}
