import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { MAX_PAGE, Paged } from '../../core/schemas.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { isAtTop, isInScope } from '../../core/actor.js'
import { findUser } from '../auth/index.js'
import { listAuditEvents } from './audit.queries.js'
import { nameTargets } from './audit.names.js'
import { pageOffset } from '../../db/paging.js'

const AuditEventSchema = Type.Object({
  seq: Type.Integer(),
  at: Type.String(),
  actorId: Type.Union([Type.String(), Type.Null()]),
  actorName: Type.String(),
  action: Type.String(),
  entity: Type.Union([Type.String(), Type.Null()]),
  entityId: Type.Union([Type.String(), Type.Null()]),
  detail: Type.Union([Type.String(), Type.Null()]),
  /** the record's name (a person's masked unless the viewer may read people), or null */
  targetName: Type.Union([Type.String(), Type.Null()]),
})

const AuditQuery = Type.Object(
  {
    actorId: Type.Optional(Type.String({ maxLength: 64 })),
    action: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
)

export function auditRoutes(app: App) {
  typed(app).get(
    '/api/v1/audit',
    {
      schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: Paged(AuditEventSchema) } },
      config: { permission: 'audit:read', scope: { query: { actorId: 'user' } } },
    },
    async (req) => {
      const { page, pageSize, from, to, ...filter } = req.query
      // an account outside the actor's scope is not theirs to look up: 404, as any record out
      // of scope (an id that names no account, a removed one, still filters the list)
      const named = filter.actorId ? await findUser(app.db, filter.actorId) : undefined
      if (named && !isInScope(req.actor, named.scope_path))
        throw new AppError(CommonErrors.NOT_FOUND, { what: 'user' })
      const { rows, total, totalAtLeast } = await listAuditEvents(app.db, {
        ...filter,
        from: from && new Date(from).toISOString(),
        to: to && new Date(to).toISOString(),
        withinPath: req.actor.scopePath,
        wholeTree: req.actor.role === 'admin' && isAtTop(req.actor),
        offset: pageOffset(page, pageSize),
        limit: pageSize,
      })
      const names = await nameTargets(app.db, req.actor, rows)
      const items = rows.map((e) => ({
        seq: Number(e.seq),
        at: e.at,
        actorId: e.actor_id,
        actorName: e.actor_name,
        action: e.action,
        entity: e.entity,
        entityId: e.entity_id,
        detail: e.detail,
        targetName: (e.entity_id && names.get(e.entity_id)) ?? null,
      }))
      return { items, total, totalAtLeast, page, pageSize }
    },
  )
}
