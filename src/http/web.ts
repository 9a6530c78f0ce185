// Serves the built web app (dist/web) when it exists: the admin SPA at /, the gate at
// /gate/ and the resident pages at /r/…, each falling back to its own HTML page.
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'

/** The light PWAs: a service worker's scope is a folder, so their pages live under one. */
const LIGHT = [
  { prefix: '/gate', page: 'gate.html' },
  { prefix: '/r', page: 'resident.html' },
]

const pageFor = (url: string) =>
  LIGHT.find((l) => url === l.prefix || url.startsWith(`${l.prefix}/`))?.page ?? 'index.html'

const isFile = (file: string) => {
  try {
    return statSync(file).isFile()
  } catch {
    return false
  }
}

// Hashed bundles never change under their name; everything else (pages, manifests,
// service workers, icons) is checked on each use so that a new version shows at once.
function setCacheHeaders(res: { setHeader: (name: string, value: string) => unknown }, file: string) {
  const hashed = file.includes(`${path.sep}assets${path.sep}`)
  res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache')
}

export async function registerWeb(app: FastifyInstance) {
  const root = app.config.webRoot
  if (!existsSync(path.join(root, 'index.html'))) return
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: false,
    index: false,
    cacheControl: false,
    setHeaders: setCacheHeaders,
  })
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    const url = req.url.split('?')[0]
    if (url.startsWith('/api/')) return reply.callNotFound()
    if (LIGHT.some((l) => url === l.prefix)) return reply.redirect(`${url}/`)
    const file = path.join(root, url)
    if (file.startsWith(root + path.sep) && isFile(file)) return reply.sendFile(path.relative(root, file))
    // a missing bundle is a 404, not a page: an old page asking for a chunk of the last version
    if (url.startsWith('/assets/')) return reply.callNotFound()
    return reply.type('text/html').sendFile(pageFor(url))
  })
}
