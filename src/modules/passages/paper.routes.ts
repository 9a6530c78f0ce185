// 纸质登记: the blank register to print, and typing a filled one in afterwards.
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import { langOf } from '../../core/fastify.js'
import { now } from '../../core/clock.js'
import { localDate } from '../../shared/days.js'
import { getCheckpointInScope } from '../checkpoints/index.js'
import { PaperBody, PaperResult, PrintQuery } from './paper.schema.js'
import { paperRegisterHtml } from './paper.print.js'
import { enterPaperRegister } from './paper.service.js'
import type { PassageSettings } from './settings.js'

const tags = ['passages']

export function paperRoutes(app: App, settings: PassageSettings) {
  const r = typed(app)
  const tz = app.config.timeZone
  r.get(
    '/api/v1/checkpoints/:id/paper-register.html',
    {
      schema: { tags, params: IdParams, querystring: PrintQuery },
      config: { permission: 'checkpoint:read', scope: { url: 'checkpoint' } },
    },
    async (req, reply) => {
      const checkpoint = await getCheckpointInScope(app.db, req.actor, req.params.id)
      const html = paperRegisterHtml({
        checkpointName: checkpoint.name,
        regionName: checkpoint.region_name,
        date: req.query.date ?? localDate(now(), tz),
        pages: req.query.pages,
        feverThreshold: settings.feverThreshold,
      })
      return reply.type('text/html; charset=utf-8').send(html)
    },
  )
  // 200 either way: `saved: false` with every wrong row named, and nothing written.
  r.post(
    '/api/v1/checkpoints/:id/paper-register',
    {
      schema: { tags, params: IdParams, body: PaperBody, response: { 200: PaperResult } },
      // a register is kept for 28 days: the walk enters today's
      config: { permission: 'passage:paper', scope: { url: 'checkpoint' }, sampleBody: { date: '{today}' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) =>
        enterPaperRegister(trx, req.actor, req.params.id, req.body, {
          settings,
          timeZone: tz,
          lang: langOf(req),
        }),
      ),
  )
}
