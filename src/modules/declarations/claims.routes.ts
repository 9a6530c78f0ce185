// 身份争议 for community staff in scope: list the claims, accept or reject one (audited).
import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import { ClaimDecision, ClaimQuery, ClaimSchema } from './declarations.schema.js'
import { listClaims, resolveClaim } from './claims.service.js'

const tags = ['identity-claims']

export function claimsRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/identity-claims',
    {
      schema: {
        tags,
        querystring: ClaimQuery,
        response: { 200: Type.Object({ items: Type.Array(ClaimSchema) }) },
      },
      config: { permission: 'identity:claims', scope: 'subtree' },
    },
    async (req) => listClaims(app.db, req.actor, req.query.status ?? 'pending'),
  )
  r.post(
    '/api/v1/identity-claims/:id/resolve',
    {
      schema: {
        tags,
        params: IdParams,
        body: ClaimDecision,
        response: { 200: Type.Object({ id: Type.String(), status: Type.String() }) },
      },
      config: { permission: 'identity:claims', scope: { url: 'identity_claim' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => resolveClaim(trx, req.actor, req.params.id, req.body.accept)),
  )
}
