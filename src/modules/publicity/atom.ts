// Atom 1.0 feed (RFC 4287) of a community's published notices, newest first.
import type { Region } from '../regions/index.js'
import { esc, KIND_LABEL } from './html.js'
import type { NoticeRow } from './notices.queries.js'

export function atomFeed(o: {
  community: Region
  notices: NoticeRow[]
  baseUrl: string
  now: string
}): string {
  const page = `${o.baseUrl}/p/${o.community.id}`
  const updated = o.notices.reduce((max, n) => (n.published_at! > max ? n.published_at! : max), '') || o.now
  const entries = o.notices.map(
    (n) => `<entry>
<id>urn:uuid:${n.id}</id>
<title>${esc(n.title)}</title>
<updated>${n.published_at}</updated>
<published>${n.published_at}</published>
<link rel="alternate" type="text/html" href="${esc(`${page}/notices/${n.id}`)}"/>
<category term="${n.kind}" label="${KIND_LABEL[n.kind]}"/>
<author><name>${esc(n.region_name)}</name></author>
<content type="text">${esc(n.body)}</content>
</entry>`,
  )
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
<id>${esc(page)}</id>
<title>${esc(o.community.name)} · 疫情防控通告</title>
<updated>${updated}</updated>
<link rel="self" type="application/atom+xml" href="${esc(`${page}/feed.atom`)}"/>
<link rel="alternate" type="text/html" href="${esc(page)}"/>
<author><name>${esc(o.community.name)}</name></author>
${entries.join('\n')}
</feed>
`
}
