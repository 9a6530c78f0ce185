// What needs no account: the published keys and revocation list gates cache, and the
// resident's own pass fetched with the secret their phone keeps.
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { DeviceBody, IssuedPassSchema } from './passes.schema.js'
import { publishedJwks } from './keys.service.js'
import { revocationList } from './pass.service.js'
import { passForDevice } from './device.service.js'

export function passesPublicRoutes(app: App) {
  const r = typed(app)
  const hidden = { tags: ['public'] }
  r.get(
    '/.well-known/lianfang/keys.json',
    { schema: hidden, config: { public: true } },
    async (_req, reply) => {
      // Not kept by HTTP caches: a key revoked as compromised must leave every gate at its next
      // sync, not when a cached copy expires (gates sync every few minutes; the list is small).
      reply.header('cache-control', 'no-cache')
      return publishedJwks(app.db)
    },
  )
  r.get(
    '/.well-known/lianfang/revoked.json',
    { schema: hidden, config: { public: true } },
    async (_req, reply) => {
      reply.header('cache-control', 'no-cache')
      return revocationList(app.db)
    },
  )
  r.post(
    '/api/v1/r/pass',
    {
      schema: { tags: ['resident'], body: DeviceBody, response: { 200: IssuedPassSchema } },
      config: { public: true, rateLimit: {}, scope: 'public' },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store')
      return inTransaction(app.db, (trx) => passForDevice(trx, req.body.deviceSecret, app.config))
    },
  )
}
