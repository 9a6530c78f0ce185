import type { FastifyContextConfig, FastifyInstance, FastifyRequest, FastifySchema } from 'fastify'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from '../config.js'
import type { Lang } from './errors.js'
import type { Db } from '../db/db.js'
import type { Actor } from './actor.js'

declare module 'fastify' {
  interface FastifyInstance {
    db: Db
    config: Config
    /** every /api/v1 route with its config and schema (the permission walk reads it) */
    apiRoutes: RouteInfo[]
  }
  interface FastifyRequest {
    /** set for every route that names a permission */
    actor: Actor
    sessionToken: string | undefined
  }
  interface FastifyContextConfig {
    /** the action this route needs (permissions.ts); required on every /api route but public ones */
    permission?: string
    /** open to anyone (login, public pages) */
    public?: boolean
    /** the kind of record its `:id` names, for the route-walking permission test */
    record?: string
    /** a valid body for the permission walk when the one made from the schema will not do */
    sampleBody?: object
    /** allowed while the account still has to change its one-time password */
    allowWithOneTimePassword?: boolean
    /** takes a file as its raw body (not JSON): its own content types (the imports) */
    upload?: boolean
  }
}

export type App = FastifyInstance
export const typed = (app: FastifyInstance) => app.withTypeProvider<TypeBoxTypeProvider>()

/** The user's language from Accept-Language: Chinese unless English is asked for first. */
export const langOf = (req: FastifyRequest): Lang =>
  /^en\b/i.test(String(req.headers['accept-language'] ?? '')) ? 'en' : 'zh'

/** The session cookie's name (set by the auth routes, read by the auth hook). */
export const SESSION_COOKIE = 'lf_session'

/**
 * Behind HTTPS the cookie is Secure and `__Host-` prefixed: the browser then refuses it
 * unless it was set over HTTPS for this very host with path /, so neither a sibling
 * subdomain nor a plain-HTTP page can plant or overwrite it.
 */
export const sessionCookieName = (config: Config) =>
  config.secureCookies ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE

/** An /api/v1 route as the auth hook saw it registered. */
export interface RouteInfo {
  method: string
  url: string
  config: FastifyContextConfig
  schema: FastifySchema | undefined
}
