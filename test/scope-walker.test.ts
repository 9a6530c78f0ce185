// The walker's own positive controls: it must fail a route that always answers 404, one that
// answers outside records, and one that writes before answering 404; and pass a good one. For
// a route that changes the whole deployment it must fail one that lets an account below the
// top through, and one that writes before its 403.
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RouteInfo, ScopeDeclaration } from '../src/core/fastify.js'
import { isInScope } from '../src/core/actor.js'
import { findPerson } from '../src/modules/people/index.js'
import { findRegion } from '../src/modules/regions/index.js'
import { createTestApp, makeTree, type TestApp } from './app.js'
import { dialects } from './db.js'
import { allSamples } from './samples.js'
import { walkRefused, walkRoute, type WalkEnv } from './scope-walker.js'

describe.each(dialects)('scope walker self-test on %s', (dialect) => {
  let t: TestApp
  let env: WalkEnv
  let fake: FastifyInstance
  const scope: ScopeDeclaration = { url: 'person' }
  const route = (url: string): RouteInfo => ({ method: 'GET', url, config: { scope }, schema: undefined })
  beforeAll(async () => {
    t = await createTestApp(dialect)
    const tree = await makeTree(t)
    env = {
      db: t.db,
      samples: allSamples,
      dataDir: t.config.dataDir,
      inside: tree.compoundA.id,
      outside: tree.compoundB.id,
    }
    const streetA = (await findRegion(t.db, tree.streetA.id))!
    const actor = { scopePath: streetA.path } as Parameters<typeof isInScope>[0]
    const inScope = async (id: string) => {
      const p = await findPerson(t.db, id)
      return !!p && isInScope(actor, p.region_path)
    }
    fake = Fastify()
    fake.get<{ Params: { id: string } }>('/always-404/:id', async (_req, reply) => reply.code(404).send({}))
    fake.get<{ Params: { id: string } }>('/no-scope/:id', async () => ({ ok: true }))
    fake.get<{ Params: { id: string } }>('/writes-then-404/:id', async (req, reply) => {
      await allSamples.region(t.db, tree.compoundB.id, { dataDir: t.config.dataDir })
      return (await inScope(req.params.id)) ? { ok: true } : reply.code(404).send({})
    })
    fake.post('/settings/open', async () => ({ ok: true }))
    fake.post('/settings/writes-then-403', async (_req, reply) => {
      await allSamples.region(t.db, tree.compoundB.id, { dataDir: t.config.dataDir })
      return reply.code(403).send({})
    })
    fake.post('/settings/top-only', async (_req, reply) => reply.code(403).send({}))
    fake.get<{ Params: { id: string } }>('/good/:id', async (req, reply) =>
      (await inScope(req.params.id)) ? { ok: true } : reply.code(404).send({}),
    )
    await fake.ready()
  })
  afterAll(async () => {
    await fake.close()
    await t.close()
  })
  const walk = (url: string) => walkRoute(env, route(url), { request: (o) => fake.inject(o) }, 'fake')

  it('fails a route that always answers 404 (the in-scope call must succeed)', async () => {
    expect(await walk('/always-404/:id')).toEqual([expect.stringContaining('in scope → 404')])
  })
  it('fails a route that answers for a record outside the scope', async () => {
    expect(await walk('/no-scope/:id')).toEqual([expect.stringContaining('url id outside → 200')])
  })
  it('fails a route that writes a row before answering 404', async () => {
    expect(await walk('/writes-then-404/:id')).toEqual([expect.stringContaining('404 but 1 rows')])
  })
  it('passes a route that keeps to the scope', async () => {
    expect(await walk('/good/:id')).toEqual([])
  })

  const refused = (url: string) =>
    walkRefused(
      env,
      { method: 'POST', url, config: { scope: 'deployment' }, schema: undefined },
      { request: (o) => fake.inject(o) },
      'fake',
    )
  it('fails a deployment-wide change that an account below the top may make', async () => {
    expect(await refused('/settings/open')).toEqual([expect.stringContaining('below the top → 200')])
  })
  it('fails a deployment-wide change that writes a row before its 403', async () => {
    expect(await refused('/settings/writes-then-403')).toEqual([expect.stringContaining('403 but 1 rows')])
  })
  it('passes a deployment-wide change refused below the top', async () => {
    expect(await refused('/settings/top-only')).toEqual([])
  })
})
