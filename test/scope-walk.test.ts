// Proves every route's scope declaration (config.scope): for each route and each role that may
// call it, an in-scope call succeeds, and every declared id (URL, body, query) taken from
// outside the actor's scope answers 404 with no row written. A route that changes the whole
// deployment succeeds from the top and is refused (403, no row written) to every role below
// it. See test/scope-walker.ts.
import { writeFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, can, type Role } from '../src/core/permissions.js'
import type { RouteInfo } from '../src/core/fastify.js'
import { changesDeployment } from '../src/core/scope-declaration.js'
import { importsSettled } from '../src/modules/imports/imports.fixtures.js'
import { createTestApp, makeTree, type TestApp } from './app.js'
import { dialects } from './db.js'
import { allSampleRequests, allSamples } from './samples.js'
import { walkRefused, walkRoute, type WalkClient, type WalkEnv } from './scope-walker.js'

describe.each(dialects)('scope walk on %s', (dialect) => {
  let t: TestApp
  let env: WalkEnv
  const clients = new Map<Role, WalkClient>()
  let top: WalkClient
  let routes: RouteInfo[]
  beforeAll(async () => {
    // SMS on (to a gateway that is not there: sends fail quietly after the commit), so a
    // street officer's account changes are handed over by SMS activation, not refused
    t = await createTestApp(dialect, {
      LIANFANG_SMS_PROVIDER: 'webhook',
      LIANFANG_SMS_WEBHOOK_URL: 'http://127.0.0.1:9/sms',
    })
    const tree = await makeTree(t)
    env = {
      db: t.db,
      samples: allSamples,
      requests: allSampleRequests,
      dataDir: t.config.dataDir,
      inside: tree.compoundA.id,
      outside: tree.compoundB.id,
      settle: importsSettled,
    }
    const walker = async (role: Role, scope: Parameters<TestApp['as']>[1]) => {
      const c = await t.as(role, scope)
      return { request: c.request, userId: c.userId, role }
    }
    for (const role of ROLES) clients.set(role, await walker(role, tree.streetA))
    top = await walker('admin', t.top)
    // 'self' and 'public' routes name no record of the registry; the session tests cover them.
    routes = t.app.apiRoutes.filter((r) => r.config.scope !== 'self' && r.config.scope !== 'public')
  })
  afterAll(() => t.close())

  it('walks every route as every role that may call it: in scope 2xx, out of scope 404; the deployment changed from the top only', async () => {
    const failures: string[] = []
    for (const route of routes) {
      const roles = ROLES.filter((r) => can(r, route.config.permission!))
      if (changesDeployment(route)) {
        failures.push(...(await walkRoute(env, route, top, 'admin at the top')))
        for (const role of roles) failures.push(...(await walkRefused(env, route, clients.get(role)!, role)))
      } else
        for (const role of roles) failures.push(...(await walkRoute(env, route, clients.get(role)!, role)))
    }
    // SCOPE_WALK_OUT=file: the failures, one a line
    if (process.env.SCOPE_WALK_OUT) writeFileSync(process.env.SCOPE_WALK_OUT, failures.join('\n'))
    expect(failures).toEqual([])
  }, 900_000)
})
