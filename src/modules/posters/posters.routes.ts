import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import { typed, type App } from '../../http/types.js'
import { IdParams } from '../../http/schemas.js'
import { getRegionInScope } from '../regions/regions.service.js'
import { ensureRegionPlace } from './places.service.js'
import { communityPosters, regionPoster, regionQrPng } from './posters.service.js'

const tags = ['posters']
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`
const config = { permission: 'poster:read', record: 'region' } as const

export function postersRoutes(app: App) {
  const r = typed(app)
  const tx = <T>(fn: (trx: App['db']) => Promise<T>) => app.db.transaction().execute(fn)
  r.post(
    '/api/v1/posters/regions/:id/place',
    {
      schema: {
        tags,
        params: IdParams,
        response: { 200: Type.Object({ code: Type.String(), path: Type.String(), name: Type.String() }) },
      },
      config,
    },
    async (req) =>
      tx(async (trx) => {
        const region = await getRegionInScope(trx, req.actor, req.params.id)
        const code = await ensureRegionPlace(trx, region)
        return { code, path: `/r/${code}`, name: region.name }
      }),
  )
  r.get(
    '/api/v1/posters/regions/:id/poster.svg',
    { schema: { tags, params: IdParams }, config },
    async (req, reply) => {
      const { svg, code } = await tx((trx) => regionPoster(trx, req.actor, req.params.id, origin(req)))
      return reply
        .type('image/svg+xml')
        .header('content-disposition', `inline; filename="poster-${code}.svg"`)
        .send(svg)
    },
  )
  r.get(
    '/api/v1/posters/regions/:id/qr.png',
    { schema: { tags, params: IdParams }, config },
    async (req, reply) =>
      reply
        .type('image/png')
        .send(await tx((trx) => regionQrPng(trx, req.actor, req.params.id, origin(req)))),
  )
  // A community's posters as one printable document (print → PDF from the browser).
  r.get(
    '/api/v1/posters/regions/:id/book.html',
    { schema: { tags, params: IdParams }, config },
    async (req, reply) => {
      const { html } = await tx((trx) => communityPosters(trx, req.actor, req.params.id, origin(req)))
      return reply.type('text/html; charset=utf-8').send(html)
    },
  )
}
