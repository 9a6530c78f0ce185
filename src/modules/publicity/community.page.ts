// 社区公告栏: the public page of one community: the daily bulletin and the published notices.
import type { Region } from '../regions/index.js'
import type { PublicBulletin } from './bulletin.js'
import { esc, KIND_LABEL, localDay, localTime, page } from './html.js'
import type { NoticeRow } from './notices.queries.js'

export const communityPath = (c: Region) => `/p/${c.id}`

function bulletinSection(b: PublicBulletin): string {
  const compounds = b.compounds.length
    ? `<ul class="plain">${b.compounds.map((c) => `<li>${esc(c.name)}：${esc(c.newToday)}</li>`).join('')}</ul>`
    : '<p class="muted">今日无新增。</p>'
  return `<section class="bulletin">
<h2>每日通报 · ${localDay(b.date)}</h2>
<dl class="figures">
<dt>今日新增居家医学观察</dt><dd>${esc(b.newToday)}</dd>
<dt>今日解除观察</dt><dd>${esc(b.releasedToday)}</dd>
<dt>目前仍在观察</dt><dd>${esc(b.current)}</dd>
</dl>
<h3>今日新增人员所在小区</h3>
${compounds}
<p class="muted">为保护个人隐私，只公布人数，不公布姓名等信息；单个小区人数少于${b.minCount}人时不公布具体人数。</p>
</section>`
}

function noticeList(c: Region, notices: NoticeRow[], timeZone: string): string {
  if (notices.length === 0) return '<section><h2>通告</h2><p class="muted">暂无通告。</p></section>'
  const items = notices
    .map(
      (n) =>
        `<li><a href="${communityPath(c)}/notices/${n.id}"><span class="kind">${KIND_LABEL[n.kind]}</span>${esc(n.title)}</a><br><time datetime="${n.published_at}">${localTime(n.published_at!, timeZone)}</time> <span class="muted">${esc(n.region_name)}</span></li>`,
    )
    .join('\n')
  return `<section><h2>通告</h2><ul class="plain">\n${items}\n</ul></section>`
}

export function communityPage(o: {
  community: Region
  bulletin: PublicBulletin
  notices: NoticeRow[]
  timeZone: string
}): string {
  const c = o.community
  const feed = `${communityPath(c)}/feed.atom`
  return page({
    title: `${c.name} · 疫情防控公告栏`,
    head: `<link rel="alternate" type="application/atom+xml" href="${feed}" title="${esc(c.name)}通告">`,
    body: `<header class="site"><h1>${esc(c.name)}</h1><p>疫情防控公告栏</p></header>
<main>
${bulletinSection(o.bulletin)}
${noticeList(c, o.notices, o.timeZone)}
</main>
<footer><a href="${feed}">订阅通告（Atom）</a></footer>`,
  })
}
