// Every /api/v1 route says how it keeps to the actor's scope (`config.scope`, see
// ScopeDeclaration in fastify.ts). Start-up refuses a route whose declaration is missing or
// does not fit its path and schema; the route-walking test then proves each declaration.
import type { RouteInfo, ScopeDeclaration } from './fastify.js'

type Schema = { properties?: Record<string, unknown>; anyOf?: Schema[]; oneOf?: Schema[] }

/** camelCase fields that carry record ids: `regionId`, `memberIds` (not a record's own `id`). */
export const isIdField = (name: string) => /[a-z]Ids?$/.test(name)

/** The top-level id fields a body or query schema accepts (every branch of a union). */
export function idFieldsOf(schema: unknown): string[] {
  const s = schema as Schema | undefined
  if (!s) return []
  const branches = [s, ...(s.anyOf ?? []), ...(s.oneOf ?? [])]
  return [...new Set(branches.flatMap((b) => Object.keys(b.properties ?? {})).filter(isIdField))]
}

export const pathParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1])

export type RecordScope = Exclude<ScopeDeclaration, string>
export const recordScope = (d: ScopeDeclaration | undefined): RecordScope | undefined =>
  typeof d === 'object' ? d : undefined

const HOW = `config.scope: { url: '<kind>' } when :id names a record, { body: { field: '<kind>' } } or { query: { field: '<kind>' } } for ids in the body or query, 'subtree' for answers limited to the actor's scope, 'self', 'public' or 'deployment' (docs/SECURITY.md, Scope)`

/** What is wrong with a route's scope declaration, or undefined when it fits. */
export function scopeDeclarationProblem(route: RouteInfo): string | undefined {
  const { config, url } = route
  const schema = (route.schema ?? {}) as { body?: unknown; querystring?: unknown }
  const where = `route ${route.method} ${url}`
  if (config.record !== undefined)
    return `${where}: config.record is gone; write config.scope: { url: '${config.record}' }`
  const d = config.scope
  if (!d) return `${where} declares no scope; add ${HOW}`
  if (config.public && d !== 'public') return `${where} is public: declare config.scope: 'public'`
  if (d === 'public' && !config.public) return `${where}: scope 'public' is for public routes only`
  if (d === 'self' && config.permission !== 'self')
    return `${where}: scope 'self' is for routes with permission 'self'`
  const r = recordScope(d)
  const params = pathParams(url)
  // a public route names a public code (a place's), never a record id
  if (params.length && !r?.url && d !== 'public')
    return `${where} names :${params[0]}: declare config.scope: { url: '<kind>' }`
  if (r?.url && !params.length) return `${where}: scope.url is declared but the path names no record`
  for (const [part, fields] of [
    ['body', idFieldsOf(schema.body)],
    ['query', idFieldsOf(schema.querystring)],
  ] as const) {
    const declared = Object.keys(r?.[part] ?? {})
    const missing = fields.filter((f) => !declared.includes(f))
    if (missing.length)
      return `${where} takes ${missing.join(', ')} in its ${part}: declare config.scope: { ${part}: { ${missing.map((f) => `${f}: '<kind>'`).join(', ')} } }`
    const unknown = declared.filter((f) => !fields.includes(f))
    if (unknown.length)
      return `${where}: scope.${part} names ${unknown.join(', ')}, which its schema does not take`
  }
  return undefined
}
