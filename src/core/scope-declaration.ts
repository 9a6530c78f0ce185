// Every /api/v1 route says how it keeps to the actor's scope (`config.scope`, see
// ScopeDeclaration in fastify.ts). Start-up refuses a route whose declaration is missing or
// does not fit its path and schema; the route-walking test then proves each declaration.
import type { RouteInfo, ScopeDeclaration } from './fastify.js'

type Schema = { properties?: Record<string, unknown>; anyOf?: Schema[]; oneOf?: Schema[] }

const branchesOf = (schema: unknown): Schema[] => {
  const s = schema as Schema | undefined
  return s ? [s, ...(s.anyOf ?? []), ...(s.oneOf ?? [])] : []
}

/** Every top-level field a body or query schema accepts (every branch of a union). */
export const fieldsOf = (schema: unknown): string[] => [
  ...new Set(branchesOf(schema).flatMap((b) => Object.keys(b.properties ?? {}))),
]

/** camelCase fields that carry record ids: `regionId`, `memberIds` (not a record's own `id`). */
export const isIdField = (name: string) => /[a-z]Ids?$/.test(name)

/** The top-level id fields a body or query schema accepts (every branch of a union). */
export const idFieldsOf = (schema: unknown): string[] => fieldsOf(schema).filter(isIdField)

export const pathParams = (url: string) => [...url.matchAll(/:(\w+)/g)].map((m) => m[1])

export type RecordScope = Exclude<ScopeDeclaration, string>
export const recordScope = (d: ScopeDeclaration | undefined): RecordScope | undefined =>
  typeof d === 'object' ? d : undefined

/**
 * A route that changes what belongs to the whole deployment (colour rules, pass keys, risk
 * areas): only an account scoped to the top region may call it (the auth hook refuses others).
 */
export const changesDeployment = (route: Pick<RouteInfo, 'method' | 'config'>) =>
  route.method !== 'GET' &&
  (route.config.scope === 'deployment' || !!recordScope(route.config.scope)?.deployment?.id)

const HOW = `config.scope: { url: '<kind>' } when :id names a record, { body: { field: '<kind>' } } or { query: { field: '<kind>' } } for ids in the body or query, { deployment: { id | field: '<kind>' } } for records of the whole deployment (on no region), 'subtree' for answers limited to the actor's scope, 'self', 'public' or 'deployment' (docs/SECURITY.md, Scope)`

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
  const wide = r?.deployment ?? {}
  const urlKind = r?.url ?? wide.id
  if (params.length && !urlKind && d !== 'public')
    return `${where} names :${params[0]}: declare config.scope: { url: '<kind>' }`
  if (r?.url && wide.id) return `${where}: :id names a record of a region or of the deployment, not both`
  if (urlKind && !params.length) return `${where}: scope.url is declared but the path names no record`
  const parts = [
    ['body', fieldsOf(schema.body)],
    ['query', fieldsOf(schema.querystring)],
  ] as const
  for (const [part, fields] of parts) {
    const declared = [...Object.keys(r?.[part] ?? {}), ...Object.keys(wide).filter((f) => fields.includes(f))]
    const missing = fields.filter(isIdField).filter((f) => !declared.includes(f))
    if (missing.length)
      return `${where} takes ${missing.join(', ')} in its ${part}: declare config.scope: { ${part}: { ${missing.map((f) => `${f}: '<kind>'`).join(', ')} } }`
    const unknown = Object.keys(r?.[part] ?? {}).filter((f) => !fields.includes(f))
    if (unknown.length)
      return `${where}: scope.${part} names ${unknown.join(', ')}, which its schema does not take`
  }
  const stray = Object.keys(wide).filter((f) => f !== 'id' && !parts.some(([, fields]) => fields.includes(f)))
  if (stray.length)
    return `${where}: scope.deployment names ${stray.join(', ')}, which its schema does not take`
  return undefined
}
