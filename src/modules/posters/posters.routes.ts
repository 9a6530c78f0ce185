import { availableParallelism } from 'node:os'
import { Type } from 'typebox'
import type { FastifyRequest } from 'fastify'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import { getRegionInScope } from '../regions/index.js'
import { cjkFont } from './font.js'
import { ensureRegionPlace } from './places.service.js'
import { createPosterCache, posterKey } from './poster.cache.js'
import { posterPdf } from './poster.pdf.js'
import { posterSvg, type PosterInput } from './poster.render.js'
import { createRenderPool, type PosterFormat } from './render.pool.js'
import { communityPlaces, communityPosters, placePoster, regionQrPng } from './posters.service.js'

const tags = ['posters']
const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`
const config = { permission: 'poster:read', scope: { url: 'region' } } as const

/** attachment; a plain ASCII name for old clients and the Chinese one by RFC 5987 (filename*). */
export function attachment(ascii: string, name: string) {
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

const TYPES = { svg: 'image/svg+xml', png: 'image/png', pdf: 'application/pdf' } as const

// Renders at once: one per spare core, at most two (a render holds ~30 MB of native memory).
const RENDERERS = Math.min(2, Math.max(1, availableParallelism() - 1))
const RENDER_QUEUE = 64
const RENDER_HEAP_MB = 256
const CACHE_BYTES = 32 * 1_048_576

function placePosterRoutes(app: App, draw: (f: PosterFormat, p: PosterInput) => Promise<Drawn>) {
  const r = typed(app)
  for (const [kind, plural] of [
    ['region', 'regions'],
    ['checkpoint', 'checkpoints'],
  ] as const)
    for (const ext of ['svg', 'png', 'pdf'] as const)
      r.get(
        `/api/v1/posters/${plural}/:id/poster.${ext}`,
        { schema: { tags, params: IdParams }, config: { ...config, scope: { url: kind } } },
        async (req, reply) => {
          const input = await inTransaction(app.db, (trx) =>
            placePoster(trx, req.actor, kind, req.params.id, origin(req)),
          )
          reply
            .type(TYPES[ext])
            .header(
              'content-disposition',
              attachment(`poster-${input.code}.${ext}`, `${input.name}-${input.code}.${ext}`),
            )
          if (ext === 'svg') return reply.send(await posterSvg(input))
          // PNG and PDF are drawn after the transaction that made the code has ended, so a long
          // render never holds SQLite's write lock; the same poster is drawn once (ETag).
          const { etag, body } = await draw(ext, input)
          reply.header('etag', etag).header('cache-control', 'private, no-cache')
          if (req.headers['if-none-match'] === etag) return reply.code(304).send()
          return reply.send(body)
        },
      )
}

interface Drawn {
  etag: string
  body: Buffer
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
  const pool = createRenderPool({ size: RENDERERS, maxQueue: RENDER_QUEUE, heapMb: RENDER_HEAP_MB })
  const cache = createPosterCache(CACHE_BYTES)
  app.addHook('onClose', () => pool.close())
  placePosterRoutes(app, async (format, input) => {
    const font = cjkFont(app.config).path // POSTER_FONT_MISSING before anything is queued
    const key = posterKey(format, input, font)
    return { etag: `"${key}"`, body: await cache.get(key, () => pool.render(format, input, font)) }
  })
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
