// Every /api route declares `config.permission` (or `config.public`); this hook turns the
// session cookie into an actor and checks the role. Scope is checked by each service.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../errors.js'
import { ACTIONS, can } from '../modules/auth/permissions.js'
import { authenticate } from '../modules/auth/sessions.service.js'

export const SESSION_COOKIE = 'lf_session'

export function registerAuth(app: FastifyInstance) {
  app.decorateRequest('actor', null as never)
  app.decorateRequest('sessionToken', undefined)
  app.addHook('onRoute', (route) => {
    const config = (route.config ?? {}) as { permission?: string; public?: boolean }
    if (!route.url.startsWith('/api/v1')) return
    if (!config.public && !config.permission)
      throw new Error(`route ${route.method} ${route.url} names no permission (config.permission or config.public)`)
    if (config.permission && !(ACTIONS as readonly string[]).includes(config.permission))
      throw new Error(`route ${route.method} ${route.url} names an unknown action ${config.permission}`)
  })
  app.addHook('preHandler', async (req: FastifyRequest, _reply: FastifyReply) => {
    const config = req.routeOptions.config
    req.sessionToken = req.cookies?.[SESSION_COOKIE]
    if (!config?.permission) return
    const actor = await authenticate(app.db, app.config, req.sessionToken)
    if (!actor) throw new AppError('UNAUTHENTICATED')
    if (actor.mustChangePassword && !config.allowWithOneTimePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED')
    if (!can(actor.role, config.permission)) throw new AppError('FORBIDDEN')
    req.actor = actor
  })
}
