// Serves the built web app (dist/web) when it exists: the admin SPA at /, the gate at
// /gate and the resident pages at /r/…, each falling back to its own index.html.
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'

export const webRoot = () => path.resolve(process.env.LIANFANG_WEB_ROOT ?? 'dist/web')

export async function registerWeb(app: FastifyInstance) {
  const root = webRoot()
  if (!existsSync(path.join(root, 'index.html'))) return
  await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: false })
  const entry = (url: string) =>
    url.startsWith('/gate')
      ? 'gate.html'
      : url.startsWith('/r/') || url === '/r'
        ? 'resident.html'
        : 'index.html'
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    const url = req.url.split('?')[0]
    if (url.startsWith('/api/')) return reply.callNotFound()
    const file = path.join(root, url)
    if (file.startsWith(root) && url !== '/' && existsSync(file) && !url.endsWith('/'))
      return reply.sendFile(url.slice(1))
    return reply.type('text/html').sendFile(entry(url))
  })
}
