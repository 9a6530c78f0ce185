// Small helpers for the server-rendered public pages: escaping, the page frame, local times.
// No inline styles or scripts: the stylesheet is served by its own route (CSP stays strict).
import type { NoticeKind } from './notices.queries.js'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

// Characters XML 1.0 does not allow at all; pasted text sometimes carries them.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export const esc = (text: string) => text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ESCAPES[c])

export const KIND_LABEL: Record<NoticeKind, string> = {
  command: '指挥部通告',
  letter: '致居民的一封信',
  rules: '防控规定',
  knowledge: '防护知识',
  rumour: '辟谣',
  story: '好人好事',
}

export const STYLESHEET_PATH = '/p/assets/public.css'

export function page(o: { title: string; body: string; head?: string; className?: string }): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${o.head ?? ''}
</head>
<body class="${o.className ?? 'screen'}">
${o.body}
</body>
</html>
`
}

/** Paragraphs of a notice body: blank lines separate paragraphs, single newlines break lines. */
export const paragraphs = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n')

const formatters = new Map<string, Intl.DateTimeFormat>()

/** "2020年2月9日 08:30" in the deployment's zone. */
export function localTime(isoText: string, timeZone: string, withTime = true): string {
  const key = `${timeZone}:${withTime}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('zh-CN', {
      timeZone,
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      ...(withTime && { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' as const }),
    })
    formatters.set(key, f)
  }
  return f.format(new Date(isoText))
}

/** "2020年2月9日" for a local date text YYYY-MM-DD. */
export const localDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

export const notFoundPage = () =>
  page({
    title: '页面不存在',
    body: '<main><h1>页面不存在</h1><p>没有找到这个社区或通告，请核对二维码或网址。</p></main>',
  })
