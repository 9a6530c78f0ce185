// 跨站请求 cross-site requests. The session is a cookie, which the browser attaches to any
// request to this host, whoever's page makes it; SameSite=Lax alone still lets a foreign
// page's body-less POST through in some browsers and under a sibling subdomain. So every
// state-changing request must show it comes from the app's own pages:
//
// - `Origin` (every current browser sends it on POST/PUT/PATCH/DELETE) must be this host
//   or LIANFANG_PUBLIC_URL's origin;
// - without Origin, `Sec-Fetch-Site` must be `same-origin` (or `none`, typed by the user);
// - with neither header the request did not come from a current browser: a script, curl,
//   a server. It is let through only when it carries no session cookie, since then it
//   acts as nobody (sign-in, public endpoints). A script that signs in sends
//   `Origin: <public URL>` like a browser would (see docs/SECURITY.md).
//
// And a body must be JSON (415 otherwise; upload routes take their own file types): a
// cross-site form can send only text/plain, urlencoded or multipart without a preflight.
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { AppError, defineErrors } from '../core/errors.js'
import { sessionCookieName } from '../core/fastify.js'

export const CrossSiteErrors = defineErrors({
  CROSS_SITE: {
    status: 403,
    zh: '拒绝来自其他网站的请求',
    en: 'Requests from another site are refused',
  },
  CROSS_SITE_UNKNOWN: {
    status: 403,
    zh: '请求未注明来源（Origin），已拒绝；脚本请发送 Origin 头',
    en: 'The request names no Origin and carries a session: refused (scripts send an Origin header)',
  },
  JSON_REQUIRED: {
    status: 415,
    zh: '请求内容须为 JSON（Content-Type: application/json）',
    en: 'The request body must be JSON (Content-Type: application/json)',
  },
})

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

function isOwnOrigin(app: FastifyInstance, req: FastifyRequest, origin: string): boolean {
  if (origin === app.config.publicOrigin) return true
  const host = req.headers.host
  if (!host) return false
  try {
    // the Host header read with the origin's scheme, so that default ports compare equal
    const from = new URL(origin)
    return from.host === new URL(`${from.protocol}//${host}`).host
  } catch {
    return false
  }
}

function hasBody(req: FastifyRequest): boolean {
  const length = req.headers['content-length']
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0')
}

export function registerCrossSite(app: FastifyInstance) {
  app.addHook('onRequest', async (req) => {
    if (!STATE_CHANGING.has(req.method)) return
    const origin = req.headers.origin
    const fetchSite = req.headers['sec-fetch-site']
    if (origin !== undefined) {
      if (!isOwnOrigin(app, req, origin)) throw new AppError(CrossSiteErrors.CROSS_SITE)
    } else if (fetchSite !== undefined) {
      if (fetchSite !== 'same-origin' && fetchSite !== 'none') throw new AppError(CrossSiteErrors.CROSS_SITE)
    } else if (req.cookies?.[sessionCookieName(app.config)] !== undefined) {
      throw new AppError(CrossSiteErrors.CROSS_SITE_UNKNOWN)
    }
    // JSON only, and a content type on a body-less request must be JSON too (a foreign
    // page's body-less text/plain POST is the classic way past SameSite's preflight rules).
    if (!req.url.startsWith('/api/') || req.routeOptions.config?.upload) return
    const type = req.headers['content-type']
    if (type === undefined ? hasBody(req) : !/^application\/json\s*(;|$)/i.test(type))
      throw new AppError(CrossSiteErrors.JSON_REQUIRED)
  })
}
