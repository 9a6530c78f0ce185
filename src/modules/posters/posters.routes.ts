import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import { getRegionInScope } from '../regions/index.js'
import { cjkFont } from './font.js'
import { ensureRegionPlace } from './places.service.js'
import { posterPdf, posterPdfBuffer } from './poster.pdf.js'
import { posterPng } from './poster.png.js'
import { posterSvg, type PosterInput } from './poster.render.js'
import {
  communityPlaces,
  communityPosters,
  placePoster,
  regionQrPng,
  type PlaceKind,
} from './posters.service.js'

const tags = ['posters']
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`
const config = { permission: 'poster:read', scope: { url: 'region' } } as const

/** attachment; a plain ASCII name for old clients and the Chinese one by RFC 5987 (filename*). */
export function attachment(ascii: string, name: string) {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

const formats = {
  svg: { type: 'image/svg+xml', render: (_: App, p: PosterInput) => posterSvg(p) },
  // PNG and PDF are drawn after the transaction that made the code has ended, so a long render
  // never holds SQLite's write lock.
  png: {
    type: 'image/png',
    render: async (app: App, p: PosterInput) => posterPng(cjkFont(app.config), await posterSvg(p)),
  },
  pdf: {
    type: 'application/pdf',
    render: (app: App, p: PosterInput) => posterPdfBuffer(cjkFont(app.config), [p], p.name),
  },
} as const

function placePosterRoutes(app: App, kind: PlaceKind, plural: string) {
  const r = typed(app)
  for (const [ext, format] of Object.entries(formats)) {
    r.get(
      `/api/v1/posters/${plural}/:id/poster.${ext}`,
      { schema: { tags, params: IdParams }, config: { ...config, scope: { url: kind } } },
      async (req, reply) => {
        const input = await inTransaction(app.db, (trx) =>
          placePoster(trx, req.actor, kind, req.params.id, origin(req)),
        )
        const body = await format.render(app, input)
        return reply
          .type(format.type)
          .header(
            'content-disposition',
            attachment(`poster-${input.code}.${ext}`, `${input.name}-${input.code}.${ext}`),
          )
          .send(body)
      },
    )
  }
}

export function postersRoutes(app: App) {
  const r = typed(app)
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
      inTransaction(app.db, async (trx) => {
        const region = await getRegionInScope(trx, req.actor, req.params.id)
        const code = await ensureRegionPlace(trx, region)
        return { code, path: `/r/${code}`, name: region.name }
      }),
  )
  placePosterRoutes(app, 'region', 'regions')
  placePosterRoutes(app, 'checkpoint', 'checkpoints')
  r.get(
    '/api/v1/posters/regions/:id/qr.png',
    { schema: { tags, params: IdParams }, config },
    async (req, reply) =>
      reply
        .type('image/png')
        .send(await inTransaction(app.db, (trx) => regionQrPng(trx, req.actor, req.params.id, origin(req)))),
  )
  // A community's posters (compounds, villages, checkpoints) as one PDF, a page each, streamed.
  r.get(
    '/api/v1/posters/regions/:id/posters.pdf',
    { schema: { tags, params: IdParams }, config },
    async (req, reply) => {
      const { title, regionName, pages } = await inTransaction(app.db, (trx) =>
        communityPlaces(trx, req.actor, req.params.id, origin(req)),
      )
      const pdf = posterPdf(cjkFont(app.config), pages, title)
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          attachment(`posters-${req.params.id}.pdf`, `${regionName}-场所码海报.pdf`),
        )
        .send(pdf)
    },
  )
  // The same as one printable web page (print → PDF from the browser), needing no server font.
  r.get(
    '/api/v1/posters/regions/:id/book.html',
    { schema: { tags, params: IdParams }, config },
    async (req, reply) => {
      const { html } = await inTransaction(app.db, (trx) =>
        communityPosters(trx, req.actor, req.params.id, origin(req)),
      )
      return reply.type('text/html; charset=utf-8').send(html)
    },
  )
}
