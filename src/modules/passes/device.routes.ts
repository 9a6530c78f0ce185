// A person's phones (devices): listed and revoked on their page; the resident signs out
// their other phones from the one in hand.
import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { Nullable } from '../../core/schemas.js'
import { DeviceBody } from './passes.schema.js'
import { listDevices, revokeDevice, signOutOtherDevices } from './device.service.js'

const DeviceSchema = Type.Object({
  id: Type.String(),
  createdAt: Type.String(),
  lastUsedAt: Type.String(),
  confirmedAt: Nullable(Type.String()),
  revokedAt: Nullable(Type.String()),
})
const Ok = Type.Object({ ok: Type.Literal(true) })
const Id = Type.String({ minLength: 1, maxLength: 64 })

export function deviceRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/people/:id/devices',
    {
      schema: {
        tags: ['passes'],
        params: Type.Object({ id: Id }, { additionalProperties: false }),
        response: { 200: Type.Object({ items: Type.Array(DeviceSchema) }) },
      },
      config: { permission: 'person:read', scope: { url: 'person' } },
    },
    async (req) => listDevices(app.db, req.actor, req.params.id),
  )
  r.post(
    '/api/v1/people/:id/devices/:deviceId/revoke',
    {
      schema: {
        tags: ['passes'],
        params: Type.Object({ id: Id, deviceId: Id }, { additionalProperties: false }),
        response: { 200: Ok },
      },
      config: { permission: 'person:write', scope: { url: 'person_with_device' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => revokeDevice(trx, req.actor, req.params.id, req.params.deviceId)),
  )
  r.post(
    '/api/v1/resident/devices/sign-out-others',
    {
      schema: { tags: ['resident'], body: DeviceBody, response: { 200: Ok } },
      config: { public: true, rateLimit: {}, scope: 'public' },
    },
    async (req) => inTransaction(app.db, (trx) => signOutOtherDevices(trx, req.body.deviceSecret)),
  )
}
