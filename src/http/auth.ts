// Every /api route declares `config.permission` (or `config.public`); this hook turns the
// session cookie into an actor and checks the role. Scope is checked by each service; each
// route declares how (`config.scope`, core/scope-declaration.ts), or start-up fails.
import type { FastifyContextConfig, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, CommonErrors } from '../core/errors.js'
import { ACTIONS, can } from '../core/permissions.js'
import { sessionCookieName, type RouteInfo } from '../core/fastify.js'
import { changesDeployment, scopeDeclarationProblem } from '../core/scope-declaration.js'
import { isAtTop } from '../core/actor.js'
import { authenticate, SessionErrors } from '../modules/auth/index.js'

export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('actor', null as never)
  app.decorateRequest('sessionToken', undefined)
  const routes: RouteInfo[] = []
  app.decorate('apiRoutes', routes)
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as FastifyContextConfig
    if (!route.url.startsWith('/api/v1')) return
    for (const method of [route.method].flat()) {
      if (method === 'HEAD') continue
      const info = { method, url: route.url, config, schema: route.schema }
      const problem = scopeDeclarationProblem(info)
      if (problem) throw new Error(problem)
      routes.push(info)
    }
    if (!config.public && !config.permission)
      throw new Error(
        `route ${route.method} ${route.url} names no permission (config.permission or config.public)`,
      )
    if (config.permission && !(ACTIONS as readonly string[]).includes(config.permission))
      throw new Error(`route ${route.method} ${route.url} names an unknown action ${config.permission}`)
  })
  // onRequest: before the body is parsed or validated, so strangers learn nothing of the schema.
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const config = req.routeOptions.config
    req.sessionToken = req.cookies?.[sessionCookieName(app.config)]
    if (!config?.permission) return
    const actor = await authenticate(app.db, app.config, req.sessionToken)
    if (!actor) throw new AppError(CommonErrors.UNAUTHENTICATED)
    if (actor.mustChangePassword && !config.allowWithOneTimePassword)
      throw new AppError(SessionErrors.PASSWORD_CHANGE_REQUIRED)
    if (!can(actor.role, config.permission)) throw new AppError(CommonErrors.FORBIDDEN)
    // what belongs to the whole deployment is changed from the top only, whatever the role
    if (changesDeployment({ method: req.method, config }) && !isAtTop(actor))
      throw new AppError(CommonErrors.TOP_ONLY)
    req.actor = actor
  })
}
