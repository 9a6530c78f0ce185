// 公开页面 (no login): the community page with the daily bulletin, its Atom feed, each
// published notice and its printable A4 sheet. Not under /api: plain HTML and XML.
import type { FastifyReply, FastifyRequest } from 'fastify'
import { now } from '../../core/clock.js'
import type { App } from '../../core/fastify.js'
import { localDate } from '../../shared/days.js'
import { atomFeed } from './atom.js'
import { dailyBulletin } from './bulletin.js'
import { communityPage } from './community.page.js'
import { STYLESHEET_PATH, notFoundPage } from './html.js'
import { noticePage, printableNotice } from './notice.page.js'
import { PUBLIC_CSS } from './public.css.js'
import { findPublicCommunity, publishedNotice, publishedNotices } from './public.service.js'

const REF = /^[A-Za-z0-9_-]{1,64}$/
const hidden = { schema: { hide: true }, config: { public: true } }

const baseUrl = (req: FastifyRequest) => `${req.protocol}://${req.host}`

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    // short: the bulletin changes through the day
    .header('cache-control', status === 200 ? 'public, max-age=60' : 'no-store')
    .send(body)

type RefParams = { Params: { ref: string; id?: string } }

export function publicRoutes(app: App) {
  const community = (ref: string) => (REF.test(ref) ? findPublicCommunity(app.db, ref) : undefined)
  const notice = async (ref: string, id: string) => {
    const c = await community(ref)
    const n = c && REF.test(id) ? await publishedNotice(app.db, c, id) : undefined
    return c && n ? { c, n } : undefined
  }

  app.get(STYLESHEET_PATH, hidden, async (_req, reply) =>
    reply
      .header('content-type', 'text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(PUBLIC_CSS),
  )

  app.get<RefParams>('/p/:ref', hidden, async (req, reply) => {
    const c = await community(req.params.ref)
    if (!c) return html(reply, notFoundPage(), 404)
    const date = localDate(now(), app.config.timeZone)
    const [bulletin, notices] = await Promise.all([
      dailyBulletin(app.db, { date, withinPath: c.path, minCount: app.config.bulletinMinCount }),
      publishedNotices(app.db, c),
    ])
    return html(reply, communityPage({ community: c, bulletin, notices, timeZone: app.config.timeZone }))
  })

  app.get<RefParams>('/p/:ref/feed.atom', hidden, async (req, reply) => {
    const c = await community(req.params.ref)
    if (!c) return html(reply, notFoundPage(), 404)
    const notices = await publishedNotices(app.db, c)
    const body = atomFeed({
      community: c,
      notices,
      baseUrl: baseUrl(req),
      now: new Date(now()).toISOString(),
    })
    return reply
      .header('content-type', 'application/atom+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .send(body)
  })

  app.get<RefParams>('/p/:ref/notices/:id', hidden, async (req, reply) => {
    const found = await notice(req.params.ref, req.params.id!)
    if (!found) return html(reply, notFoundPage(), 404)
    return html(reply, noticePage({ community: found.c, notice: found.n, timeZone: app.config.timeZone }))
  })

  app.get<RefParams>('/p/:ref/notices/:id/print', hidden, async (req, reply) => {
    const found = await notice(req.params.ref, req.params.id!)
    if (!found) return html(reply, notFoundPage(), 404)
    const pageUrl = `${baseUrl(req)}/p/${found.c.id}`
    const sheet = await printableNotice({
      community: found.c,
      notice: found.n,
      timeZone: app.config.timeZone,
      pageUrl,
    })
    return html(reply, sheet)
  })
}
