// What operators read and strangers should not: /metrics (routes, request counts, memory)
// and /api/docs (the whole API's map). Open to a signed-in admin or to a scraper holding
// LIANFANG_METRICS_TOKEN as a bearer token; everyone else gets 401/403 like any /api route.
// And every /api answer is `Cache-Control: no-store`: a revealed document number must not
// stay in a shared computer's browser cache or in a proxy.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError, CommonErrors } from '../core/errors.js'
import { authenticate } from '../modules/auth/index.js'

const isOperatorPath = (path: string) =>
  path === '/metrics' || path === '/api/docs' || path.startsWith('/api/docs/')

const digest = (s: string) => createHash('sha256').update(s).digest()

function holdsToken(req: FastifyRequest, token: string | undefined): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1]
  // equal-length digests: the comparison takes the same time whatever was sent
  return !!token && !!given && timingSafeEqual(digest(given), digest(token))
}

/** Before any hook that may refuse the request: a 401 is not cached either. */
export function registerNoStore(app: FastifyInstance) {
  app.addHook('onRequest', async (req, reply) => {
    if (req.url.startsWith('/api/')) reply.header('cache-control', 'no-store')
  })
}

export function registerOperatorGate(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    if (!isOperatorPath(req.url.split('?')[0])) return
    if (holdsToken(req, app.config.metricsToken)) return
    const actor = await authenticate(app.db, app.config, req.sessionToken)
    if (!actor) throw new AppError(CommonErrors.UNAUTHENTICATED)
    if (actor.role !== 'admin' || actor.mustChangePassword) throw new AppError(CommonErrors.FORBIDDEN)
  })
}
