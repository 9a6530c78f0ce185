// Walks every /api/v1 route and proves: anonymous → 401; a role without the route's action
// → 403; a record outside the actor's scope → 404. Modules get this by registering routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, can } from '../src/core/permissions.js'
import type { RouteInfo } from '../src/core/fastify.js'
import { createTestApp, makeTree, type TestApp } from './app.js'
import { dialects } from './db.js'
import { sampleFromSchema } from './sample-from-schema.js'
import { recordScope } from '../src/core/scope-declaration.js'
import { allSamples, recordOf } from './samples.js'
import { fresh } from './scope-walker.js'

const samples = allSamples

const fill = (url: string, id: string, params: Record<string, string> = {}) =>
  url.replace(/:(\w+)/g, (_, p: string) => params[p] ?? id)
const hasParams = (url: string) => /:\w+/.test(url)

function requestFor(route: RouteInfo, id: string, params?: Record<string, string>) {
  const schema = (route.schema ?? {}) as {
    body?: Record<string, unknown>
    querystring?: Record<string, unknown>
  }
  const query = sampleFromSchema(schema.querystring, id) as Record<string, unknown> | undefined
  const qs = query
    ? new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString()
    : ''
  return {
    method: route.method as 'GET',
    url: fill(route.url, id, params) + (qs ? `?${qs}` : ''),
    payload: schema.body && {
      ...(sampleFromSchema(schema.body, id) as object),
      ...fresh(route.config.sampleBody),
    },
  }
}

describe.each(dialects)('permission walk on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  let routes: RouteInfo[]
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
    routes = t.app.apiRoutes.filter((r) => !r.config.public)
  })
  afterAll(() => t.close())

  it('covers a real number of routes', () => {
    expect(routes.length).toBeGreaterThan(10)
  })

  it('answers 401 to anonymous requests on every route', async () => {
    const failures: string[] = []
    for (const route of routes) {
      const res = await t.app.inject(requestFor(route, '00000000-0000-0000-0000-000000000000'))
      if (res.statusCode !== 401) failures.push(`${route.method} ${route.url} → ${res.statusCode}`)
    }
    expect(failures).toEqual([])
  })

  it('answers 403 to every role that lacks the route’s action', async () => {
    const failures: string[] = []
    const clients = new Map<string, Awaited<ReturnType<TestApp['as']>>>()
    for (const role of ROLES) clients.set(role, await t.as(role, t.top))
    for (const route of routes) {
      for (const role of ROLES.filter((r) => !can(r, route.config.permission!))) {
        const res = await clients
          .get(role)!
          .request(requestFor(route, '00000000-0000-0000-0000-000000000000'))
        if (res.statusCode !== 403) failures.push(`${role}: ${route.method} ${route.url} → ${res.statusCode}`)
      }
    }
    expect(failures).toEqual([])
  })

  it('answers 404 for a record outside the actor’s scope on every route that names one', async () => {
    const admin = await t.as('admin', tree.streetA)
    const failures: string[] = []
    // a path naming a record of the whole deployment (a risk area) has no scope: the scope walk
    // proves that only an account at the top changes it
    const named = routes.filter((r) => hasParams(r.url) && !recordScope(r.config.scope)?.deployment?.id)
    for (const route of named) {
      const kind = recordScope(route.config.scope)?.url
      if (!kind || !samples[kind]) {
        failures.push(`${route.method} ${route.url}: declare config.scope.url and a samples factory`)
        continue
      }
      const outside = recordOf(await samples[kind](t.db, tree.compoundB.id, { dataDir: t.config.dataDir }))
      const res = await admin.request(requestFor(route, outside.id, outside.params))
      if (res.statusCode !== 404)
        failures.push(`${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 120)}`)
    }
    expect(failures).toEqual([])
  })
})
