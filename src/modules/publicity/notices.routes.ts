import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Paged } from '../../core/schemas.js'
import { NoticeBody, NoticeChanges, NoticeQuery, NoticeSchema } from './publicity.schema.js'
import {
  approveNotice,
  draftNotice,
  editNotice,
  getNoticeInScope,
  listNotices,
  publishNotice,
  toNoticeView,
  withdrawNotice,
} from './notices.service.js'

const tags = ['publicity']

export function noticesRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/notices',
    {
      schema: { tags, querystring: NoticeQuery, response: { 200: Paged(NoticeSchema) } },
      config: { permission: 'notice:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => listNotices(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/notices',
    {
      schema: { tags, body: NoticeBody, response: { 201: NoticeSchema } },
      config: { permission: 'notice:write', scope: { body: { regionId: 'region' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => draftNotice(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/notices/:id',
    {
      schema: { tags, params: IdParams, response: { 200: NoticeSchema } },
      config: { permission: 'notice:read', scope: { url: 'notice' } },
    },
    async (req) => toNoticeView(await getNoticeInScope(app.db, req.actor, req.params.id)),
  )
  r.patch(
    '/api/v1/notices/:id',
    {
      schema: { tags, params: IdParams, body: NoticeChanges, response: { 200: NoticeSchema } },
      config: { permission: 'notice:write', scope: { url: 'notice', body: { regionId: 'region' } } },
    },
    async (req) => inTransaction(app.db, (trx) => editNotice(trx, req.actor, req.params.id, req.body)),
  )
  // kind: the sample the walk needs, a notice in the state the step starts from
  const step = (path: string, permission: string, run: typeof approveNotice, kind: string) =>
    r.post(
      `/api/v1/notices/:id/${path}`,
      {
        schema: { tags, params: IdParams, response: { 200: NoticeSchema } },
        config: { permission, scope: { url: kind } },
      },
      async (req) => inTransaction(app.db, (trx) => run(trx, req.actor, req.params.id)),
    )
  step('approve', 'notice:approve', approveNotice, 'notice')
  step('publish', 'notice:publish', publishNotice, 'approved_notice')
  step('withdraw', 'notice:publish', withdrawNotice, 'published_notice')
}
