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
    /**
     * How the route keeps to the actor's scope (required on every /api/v1 route; start-up
     * fails without it). See `ScopeDeclaration` and docs/SECURITY.md § Scope.
     */
    scope?: ScopeDeclaration
    /** @deprecated now `scope: { url: '<kind>' }`: start-up refuses a route that still names it */
    record?: string
    /**
     * body fields for the permission and scope walks where the ones made from the schema will not
     * do; in a string, `{unique}`, `{uuid}` and `{today}` become fresh values (test/scope-walker.ts)
     */
    sampleBody?: object
    /** allowed while the account still has to change its one-time password */
    allowWithOneTimePassword?: boolean
    /** takes a file as its raw body (not JSON): its own content types (the imports) */
    upload?: boolean
  }
}

/**
 * How a route checks scope, which the route-walking test (test/permissions.test.ts) proves:
 * - `{ url: kind }`: the `:id` in the path names a record of this kind (a `samples` factory);
 * - `{ body: { field: kind } }`, `{ query: { field: kind } }`: ids in the body or the query
 *   string name records of these kinds (arrays of ids too); may be combined with `url`;
 * - `'subtree'`: names no record; the answer holds only what lies in the actor's scope;
 * - `'self'`: the actor's own account; `'public'`: open, reached by a public code, no id;
 * - `'deployment'`: settings of the whole deployment, hung on no region: anyone with the
 *   permission reads them, only an account scoped to the top region changes them (a write from
 *   below answers 403 TOP_ONLY, src/http/auth.ts);
 * - `{ deployment: { field: kind } }`: ids of records of the whole deployment, hung on no
 *   region (risk areas: public anyway), so there is no scope to check: `id` for the path's
 *   `:id` (the route then changes the deployment: top only, as `'deployment'`), or a body or
 *   query field (a filter that reveals nothing). May be combined with `body` and `query`.
 * Every camelCase id field of the body or query schema (`…Id`, `…Ids`) must be declared; other
 * fields that name a record (a pass's QR text) may be.
 */
export type ScopeDeclaration =
  | 'subtree'
  | 'self'
  | 'public'
  | 'deployment'
  | {
      url?: string
      body?: Record<string, string>
      query?: Record<string, string>
      deployment?: Record<string, string>
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
