// The scope walker: for a route and its `config.scope` declaration it makes an IN-SCOPE
// request (records from the module fixtures' `samples`, made inside the actor's scope) and
// expects 2xx, then swaps each declared id (URL, body, query) for a record outside the scope
// and expects 404 with no row written anywhere. An out-of-scope 404 only counts when the
// in-scope call succeeded: a route that always answers 404 fails the walk.
import { randomUUID } from 'node:crypto'
import type { InjectOptions, LightMyRequestResponse } from 'fastify'
import { sql } from 'kysely'
import { today } from '../src/core/clock.js'
import type { RouteInfo } from '../src/core/fastify.js'
import { recordScope } from '../src/core/scope-declaration.js'
import type { Db } from '../src/db/db.js'
import { sampleFromSchema } from './sample-from-schema.js'
import type { Samples } from './samples.js'

export interface WalkClient {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>
}

export interface WalkEnv {
  db: Db
  samples: Samples
  /** a region inside the walking actor's scope, and one outside it */
  inside: string
  outside: string
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

async function make(env: WalkEnv, kind: string, region: string): Promise<string> {
  const factory = env.samples[kind]
  if (!factory) throw new Error(`no samples factory for record kind '${kind}'`)
  return factory(env.db, region)
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
) {
  const out: Record<string, unknown> = { ...(base ?? {}) }
  for (const [field, kind] of Object.entries(fields)) {
    const id = await make(env, kind, region(field))
    out[field] = schema?.properties?.[field]?.type === 'array' ? [id] : id
  }
  return out
}

/** The request for a route with every declared id inside (or one of them outside) the scope. */
export async function buildRequest(
  env: WalkEnv,
  route: RouteInfo,
  outside?: { where: Where; field: string },
) {
  const decl = recordScope(route.config.scope) ?? {}
  const schema = (route.schema ?? {}) as {
    body?: Record<string, unknown>
    querystring?: Record<string, unknown>
  }
  const regionFor = (where: Where) => (field: string) =>
    outside && outside.where === where && outside.field === field ? env.outside : env.inside
  let url = route.url
  if (decl.url) {
    const id = await make(env, decl.url, regionFor('url')('id'))
    url = url.replace(/:(\w+)/g, () => id)
  }
  const body =
    schema.body &&
    (await fillIds(
      env,
      {
        ...(sampleFromSchema(schema.body, PLACEHOLDER) as Record<string, unknown>),
        ...fresh(route.config.sampleBody),
      },
      schema.body as never,
      decl.body ?? {},
      regionFor('body'),
    ))
  const query =
    schema.querystring &&
    (await fillIds(
      env,
      sampleFromSchema(schema.querystring, PLACEHOLDER) as Record<string, unknown>,
      schema.querystring as never,
      decl.query ?? {},
      regionFor('query'),
    ))
  const qs = query
    ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()
    : ''
  return {
    method: route.method as 'GET',
    url: url + (qs ? `?${qs}` : ''),
    ...(body && { payload: body }),
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

/**
 * Walks one route as one client: the in-scope call must succeed; then each declared id taken
 * from outside the scope must answer 404 and change no row. Returns what failed.
 */
export async function walkRoute(env: WalkEnv, route: RouteInfo, client: WalkClient, who: string) {
  const failures: string[] = []
  const inside = await client.request(await buildRequest(env, route))
  if (!ok(inside.statusCode)) {
    failures.push(`${who}: ${label(route)} in scope → ${brief(inside)}`)
    return failures
  }
  for (const at of declaredIds(route)) {
    const req = await buildRequest(env, route, at)
    const before = await countAllRows(env.db)
    const res = await client.request(req)
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
