// One published notice: on screen, and as an A4 sheet for the notice board whose QR code
// leads residents to the community's public page.
import QRCode from 'qrcode'
import type { Region } from '../regions/index.js'
import { communityPath } from './community.page.js'
import { esc, KIND_LABEL, localTime, page, paragraphs } from './html.js'
import type { NoticeRow } from './notices.queries.js'

function article(n: NoticeRow, timeZone: string): string {
  return `<article>
<p class="meta"><span class="kind">${KIND_LABEL[n.kind]}</span></p>
<h1>${esc(n.title)}</h1>
${paragraphs(n.body)}
<p class="signature">${esc(n.region_name)}<br><time datetime="${n.published_at}">${localTime(n.published_at!, timeZone, false)}</time></p>
</article>`
}

export function noticePage(o: { community: Region; notice: NoticeRow; timeZone: string }): string {
  const back = communityPath(o.community)
  return page({
    title: `${o.notice.title} · ${o.community.name}`,
    body: `<header class="site"><h1>${esc(o.community.name)}</h1><p><a class="muted" href="${back}">返回公告栏</a></p></header>
<main><section>${article(o.notice, o.timeZone)}</section>
<p><a href="${back}/notices/${o.notice.id}/print">打印版（A4）</a></p></main>`,
  })
}

/** The A4 sheet; `pageUrl` is the absolute address of the community page the QR code holds. */
export async function printableNotice(o: {
  community: Region
  notice: NoticeRow
  timeZone: string
  pageUrl: string
}): Promise<string> {
  const qr = await QRCode.toString(o.pageUrl, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
  return page({
    title: `${o.notice.title}（打印）`,
    className: 'print',
    body: `<main>
<p class="toolbar muted">用浏览器“打印”即可输出 A4 纸张。</p>
${article(o.notice, o.timeZone)}
<div class="qr">${qr}<p class="muted">扫码查看${esc(o.community.name)}最新通告与每日通报<br>${esc(o.pageUrl)}</p></div>
</main>`,
  })
}
