// The scope walker: for a route and its `config.scope` declaration it makes an IN-SCOPE
// request (records from the module fixtures' `samples`, made inside the actor's scope) and
// expects 2xx, then swaps each declared id (URL, body, query) for a record outside the scope
// and expects 404 with no row written anywhere. An out-of-scope 404 only counts when the
// in-scope call succeeded: a route that always answers 404 fails the walk. A route that
// changes the whole deployment is walked by an account at the top (2xx) and refused (403, no
// row written) to every account below it (walkRefused).
import { randomUUID } from 'node:crypto'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { today } from '../src/core/clock.js'
import type { RouteInfo } from '../src/core/fastify.js'
import type { Role } from '../src/core/permissions.js'
import { fieldsOf, recordScope } from '../src/core/scope-declaration.js'
import type { Db } from '../src/db/db.js'
import { sampleFromSchema } from './sample-from-schema.js'
import { recordOf, type SampleContext, type SampleRequests, type Samples } from './samples.js'

export interface WalkClient {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>
  /** the signed-in account, for samples that must name it (assigned to it, its enterprise) */
  userId?: string
  role?: Role
}

export interface WalkEnv {
  db: Db
  samples: Samples
  /** requests the schema cannot make, by route (file uploads) */
  requests?: SampleRequests
  /** the test app's data folder, for samples with a file */
  dataDir: string
  /** a region inside the walking actor's scope, and one outside it */
  inside: string
  outside: string
  /** waits for work a request left running (a people import): rows are counted after it */
  settle?: () => Promise<unknown>
}

type Where = 'url' | 'body' | 'query'
const ok = (status: number) => status >= 200 && status < 300
const PLACEHOLDER = '00000000-0000-4000-8000-000000000000'

/** Every row of every table: a request answered 404 must leave it unchanged. */
export async function countAllRows(db: Db): Promise<number> {
  const tables = (await db.introspection.getTables()).map((t) => t.name)
  const counts = tables.map((t) => sql`(select count(*) from ${sql.table(t)})`)
  const row = await sql<{ n: string | number }>`select ${sql.join(counts, sql` + `)} as n`.execute(db)
  return Number(row.rows[0].n)
}

async function make(env: WalkEnv, kind: string, region: string, ctx: SampleContext) {
  const factory = env.samples[kind]
  if (!factory) throw new Error(`no samples factory for record kind '${kind}'`)
  return recordOf(await factory(env.db, region, ctx))
}

/**
 * `{unique}` in a sample body's string becomes a fresh token (names that must not repeat),
 * `{uuid}` a fresh id (records the client names, as a gate's passage) and `{today}` today's date.
 */
export const fresh = (body: object | undefined) =>
  Object.fromEntries(
    Object.entries(body ?? {}).map(([k, v]) => [
      k,
      typeof v === 'string'
        ? v
            .replace('{unique}', randomUUID().slice(0, 8))
            .replace('{uuid}', randomUUID())
            .replace('{today}', today())
        : v,
    ]),
  )

/** Fills declared id fields with records of their kind in `region`; arrays get one id. */
async function fillIds(
  env: WalkEnv,
  base: Record<string, unknown> | undefined,
  schema: { properties?: Record<string, { type?: string }> } | undefined,
  fields: Record<string, string>,
  region: (field: string) => string,
  ctx: (field: string) => SampleContext,
) {
  const out: Record<string, unknown> = { ...(base ?? {}) }
  for (const [field, kind] of Object.entries(fields)) {
    const { id } = await make(env, kind, region(field), ctx(field))
    out[field] = schema?.properties?.[field]?.type === 'array' ? [id] : id
  }
  return out
}

/** The deployment-wide id fields (no region, never tried outside) a body or query takes. */
const wideFields = (wide: Record<string, string>, schema: unknown) =>
  Object.fromEntries(Object.entries(wide).filter(([f]) => f !== 'id' && fieldsOf(schema).includes(f)))

/**
 * The request for a route with every declared id inside (or one of them outside) the scope.
 * Records made inside know the walking account (`SampleContext.actor`); records made outside
 * never name it.
 */
export async function buildRequest(
  env: WalkEnv,
  route: RouteInfo,
  outside?: { where: Where; field: string },
  actor?: SampleContext['actor'],
) {
  const decl = recordScope(route.config.scope) ?? {}
  const wide = decl.deployment ?? {}
  const schema = (route.schema ?? {}) as {
    body?: Record<string, unknown>
    querystring?: Record<string, unknown>
  }
  const isOutside = (where: Where) => (field: string) =>
    !!outside && outside.where === where && outside.field === field
  const regionFor = (where: Where) => (field: string) => (isOutside(where)(field) ? env.outside : env.inside)
  const ctxFor =
    (where: Where) =>
    (field: string): SampleContext =>
      isOutside(where)(field) ? { dataDir: env.dataDir } : { dataDir: env.dataDir, actor }
  let url = route.url
  const urlKind = decl.url ?? wide.id
  if (urlKind) {
    const { id, params } = await make(env, urlKind, regionFor('url')('id'), ctxFor('url')('id'))
    url = url.replace(/:(\w+)/g, (_, p: string) => {
      if (p === 'id') return id
      if (!params[p]) throw new Error(`the '${urlKind}' sample gives no :${p} for ${route.url}`)
      return params[p]
    })
  }
  const extra = await env.requests?.[`${route.method} ${route.url}`]?.(env.db, env.inside, {
    dataDir: env.dataDir,
    actor,
  })
  const body =
    !extra?.file &&
    schema.body &&
    (await fillIds(
      env,
      {
        ...(sampleFromSchema(schema.body, PLACEHOLDER) as Record<string, unknown>),
        ...fresh(route.config.sampleBody),
        ...extra?.body,
      },
      schema.body as never,
      { ...decl.body, ...wideFields(wide, schema.body) },
      regionFor('body'),
      ctxFor('body'),
    ))
  const query =
    schema.querystring &&
    (await fillIds(
      env,
      sampleFromSchema(schema.querystring, PLACEHOLDER) as Record<string, unknown>,
      schema.querystring as never,
      { ...decl.query, ...wideFields(wide, schema.querystring) },
      regionFor('query'),
      ctxFor('query'),
    ))
  const qs = query
    ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()
    : ''
  return {
    method: route.method as 'GET',
    url: url + (qs ? `?${qs}` : ''),
    ...(body && { payload: body }),
    ...(extra?.file && {
      payload: extra.file.payload,
      headers: { 'content-type': extra.file.contentType },
    }),
  }
}

/** Every (where, field) the declaration names an id at. */
export function declaredIds(route: RouteInfo): { where: Where; field: string }[] {
  const d = recordScope(route.config.scope)
  if (!d) return []
  return [
    ...(d.url ? [{ where: 'url' as const, field: 'id' }] : []),
    ...Object.keys(d.body ?? {}).map((field) => ({ where: 'body' as const, field })),
    ...Object.keys(d.query ?? {}).map((field) => ({ where: 'query' as const, field })),
  ]
}

const label = (route: RouteInfo) => `${route.method} ${route.url}`
const brief = (res: LightMyRequestResponse) => `${res.statusCode} ${res.body.slice(0, 100)}`

const actorOf = (client: WalkClient): SampleContext['actor'] =>
  client.userId && client.role ? { userId: client.userId, role: client.role } : undefined

async function send(env: WalkEnv, client: WalkClient, req: InjectOptions) {
  const res = await client.request(req)
  await env.settle?.()
  return res
}

/**
 * Walks one route as one client: the in-scope call must succeed; then each declared id taken
 * from outside the scope must answer 404 and change no row. Returns what failed.
 */
export async function walkRoute(env: WalkEnv, route: RouteInfo, client: WalkClient, who: string) {
  const failures: string[] = []
  const actor = actorOf(client)
  const inside = await send(env, client, await buildRequest(env, route, undefined, actor))
  if (!ok(inside.statusCode)) {
    failures.push(`${who}: ${label(route)} in scope → ${brief(inside)}`)
    return failures
  }
  for (const at of declaredIds(route)) {
    const req = await buildRequest(env, route, at, actor)
    const before = await countAllRows(env.db)
    const res = await send(env, client, req)
    const after = await countAllRows(env.db)
    if (res.statusCode !== 404)
      failures.push(`${who}: ${label(route)} ${at.where} ${at.field} outside → ${brief(res)}`)
    else if (after !== before)
      failures.push(
        `${who}: ${label(route)} ${at.where} ${at.field} outside → 404 but ${after - before} rows`,
      )
  }
  return failures
}

/**
 * A route that changes the whole deployment, called by an account below the top with the very
 * request that succeeds from the top: it must answer 403 and change no row.
 */
export async function walkRefused(env: WalkEnv, route: RouteInfo, client: WalkClient, who: string) {
  const req = await buildRequest(env, route, undefined, actorOf(client))
  const before = await countAllRows(env.db)
  const res = await send(env, client, req)
  const after = await countAllRows(env.db)
  if (res.statusCode !== 403) return [`${who}: ${label(route)} below the top → ${brief(res)}`]
  if (after !== before) return [`${who}: ${label(route)} below the top → 403 but ${after - before} rows`]
  return []
}
