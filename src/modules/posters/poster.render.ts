// A4 poster (210 × 297 mm) as SVG: the place's name, a large QR code to /r/<code> and
// short instructions in Chinese. Vector output prints sharp at any size and needs no font
// file on the server (the printing browser supplies CJK glyphs); the PDF (poster.pdf.ts) and
// the PNG (poster.png.ts) draw the same sheet with the server's CJK font.
import QRCode from 'qrcode'

// Markup characters become references; characters XML cannot hold at all (controls, broken
// surrogates: a name stored before the edge refused them) are left out, so the SVG stays valid.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const esc = (s: string) => s.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export interface PosterInput {
  name: string
  /** parent names, e.g. 罗星街道 马限社区 */
  within: string
  url: string
  code: string
}

/** The QR code alone as an SVG path, scaled into a box of `size` millimetres. */
async function qrGroup(url: string, x: number, y: number, size: number): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' })
  const modules = Number(/viewBox="0 0 (\d+) /.exec(svg)![1])
  const paths = svg.replace(/^.*?<svg[^>]*>/s, '').replace(/<\/svg>\s*$/s, '')
  return `<g transform="translate(${x} ${y}) scale(${size / modules})">${paths}</g>`
}

export const POSTER_TITLE = '健康申报 · 扫码通行'
// 扫码 → 健康申报 → 出示通行码: what a resident does, in the order they do it
export const POSTER_STEPS = [
  '1. 用手机扫描上方二维码',
  '2. 如实填写健康申报（姓名、证件、行程、症状）',
  '3. 出示手机上的健康通行码，配合卡点查验',
]

export async function posterSvg(p: PosterInput): Promise<string> {
  const qr = await qrGroup(p.url, 35, 80, 140)
  return `<svg xmlns="http://www.w3.org/2000/svg" width="210mm" height="297mm" viewBox="0 0 210 297" font-family="'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',sans-serif">
<rect width="210" height="297" fill="#fff"/>
<rect x="0" y="0" width="210" height="28" fill="#c62828"/>
<text x="105" y="18" font-size="11" fill="#fff" text-anchor="middle" font-weight="bold">${POSTER_TITLE}</text>
<text x="105" y="48" font-size="14" text-anchor="middle" font-weight="bold">${esc(p.name)}</text>
<text x="105" y="60" font-size="6" text-anchor="middle" fill="#555">${esc(p.within)}</text>
${qr}
${POSTER_STEPS.map((s, i) => `<text x="30" y="${240 + i * 10}" font-size="6">${esc(s)}</text>`).join('\n')}
<text x="105" y="277" font-size="4" text-anchor="middle" fill="#333">${esc(p.url)}</text>
<text x="105" y="285" font-size="4" text-anchor="middle" fill="#777">场所码 ${esc(p.code)} · 无需注册账号 · 个人信息加密保存</text>
</svg>`
}

/** The QR code alone as a PNG (for chat groups, LED screens and printing shops). */
export const qrPng = (url: string) =>
  QRCode.toBuffer(url, { type: 'png', width: 1200, margin: 4, errorCorrectionLevel: 'M' })

/** Several posters as one printable page, one A4 sheet each: the browser prints it to PDF. */
export function posterBook(title: string, svgs: string[]): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>@page{size:A4;margin:0}body{margin:0}.sheet{width:210mm;height:297mm;page-break-after:always;break-after:page}.sheet svg{display:block}</style>
</head><body>${svgs.map((s) => `<div class="sheet">${s}</div>`).join('')}</body></html>`
}
