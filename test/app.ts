// A server on a fresh test database, and signed-in clients for it (app.inject, no sockets).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { loadConfig, type Config } from '../src/config.js'
import { buildApp } from '../src/http/app.js'
import type { DialectName } from '../src/db/db.js'
import { createUserDirect } from '../src/modules/auth/auth.fixtures.js'
import type { Role } from '../src/core/permissions.js'
import { createRegionDirect } from '../src/modules/regions/regions.fixtures.js'
import type { Region } from '../src/modules/regions/index.js'
import { createTestDb, type TestDb } from './db.js'

export interface Client {
  cookie: string
  userId: string
  username: string
  request(opts: InjectOptions): Promise<LightMyRequestResponse>
  get(url: string): Promise<LightMyRequestResponse>
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>
  delete(url: string): Promise<LightMyRequestResponse>
}

export interface TestApp extends TestDb {
  app: FastifyInstance
  config: Config
  /** signs in an existing account */
  signIn(username: string, password: string): Promise<Client>
  /** creates an account with this role and scope and signs it in */
  as(role: Role, scope: Region | string): Promise<Client>
  close(): Promise<void>
}

/** The origin of app.inject's requests (its Host is localhost:80). */
export const OWN_ORIGIN = 'http://localhost:80'

export async function createTestApp(
  dialect: DialectName,
  env: Record<string, string> = {},
): Promise<TestApp> {
  const t = await createTestDb(dialect)
  const config = loadConfig({
    LIANFANG_DATA_DIR: '/tmp/lianfang-test-data',
    LOG_LEVEL: 'silent',
    // tests move the clock by hours between a client's requests; the 30-minute default is
    // tested on its own (test/foundation/defaults.test.ts passes '' for the default)
    LIANFANG_SESSION_IDLE_MINUTES: '720',
    ...env,
  })
  const app = await buildApp(config, { db: t.db, logger: false })
  await app.ready()

  // as the app's own pages do: a browser names the page's origin on every state-changing request
  const clientFor = (cookie: string, userId: string, username: string): Client => {
    const request = (opts: InjectOptions) =>
      app.inject({ ...opts, headers: { cookie, origin: OWN_ORIGIN, ...(opts.headers ?? {}) } })
    return {
      cookie,
      userId,
      username,
      request,
      get: (url) => request({ method: 'GET', url }),
      post: (url, payload) => request({ method: 'POST', url, payload: payload as never }),
      patch: (url, payload) => request({ method: 'PATCH', url, payload: payload as never }),
      delete: (url) => request({ method: 'DELETE', url }),
    }
  }

  const signIn = async (username: string, password: string) => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    })
    if (res.statusCode !== 200)
      throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`)
    const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    return clientFor(cookie, res.json().user.id, username)
  }

  return {
    ...t,
    app,
    config,
    signIn,
    as: async (role, scope) => {
      const user = await createUserDirect(t.db, {
        role,
        scopeRegionId: typeof scope === 'string' ? scope : scope.id,
      })
      return signIn(user.username, user.password)
    },
    close: async () => {
      await app.close()
      await t.destroy()
    },
  }
}

/** Two streets with a community and a compound each: A is "ours", B is "theirs". */
export async function makeTree(t: TestDb) {
  const streetA = await createRegionDirect(t.db, t.top.id, 'street', '罗星街道')
  const communityA = await createRegionDirect(t.db, streetA.id, 'community', '马限社区')
  const compoundA = await createRegionDirect(t.db, communityA.id, 'compound', '马限小区')
  const streetB = await createRegionDirect(t.db, t.top.id, 'town', '亭江镇')
  const communityB = await createRegionDirect(t.db, streetB.id, 'community', '亭江社区')
  const compoundB = await createRegionDirect(t.db, communityB.id, 'compound', '亭江小区')
  return { streetA, communityA, compoundA, streetB, communityB, compoundB }
}
