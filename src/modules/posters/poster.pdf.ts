// A4 posters as PDF (pdfkit): the same sheet as the SVG, with the QR drawn as vector squares
// from the module matrix so it prints sharp at any size. One document may hold a whole
// community's posters, a page each, streamed while it is written.
import type { Readable } from 'node:stream'
import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'
import type { CjkFont } from './font.js'
import { POSTER_STEPS, POSTER_TITLE, type PosterInput } from './poster.render.js'

const MM = 72 / 25.4
const WIDTH = 210 * MM

type Doc = PDFKit.PDFDocument
interface FontInternals {
  _font?: { font?: object; constructor: new (doc: Doc, font: object, id: string) => object }
  _fontFamilies?: Record<string, object>
  _fontCount?: number
}

// pdfkit parses the font again for every document (0.2–0.4 s for a CJK face). It has no public
// way to take an already parsed face, so the parsed face of the first document is handed to the
// next ones through two private fields of the pinned pdfkit 0.17; if they change, the public
// path below still works, only slower.
let parsed: { path: string; face: object; Embedded: NonNullable<FontInternals['_font']>['constructor'] }

function useFont(doc: Doc, font: CjkFont) {
  const d = doc as unknown as FontInternals
  if (parsed?.path === font.path && d._fontFamilies && typeof d._fontCount === 'number') {
    d._fontFamilies.cjk = new parsed.Embedded(doc, parsed.face, `F${++d._fontCount}`)
    doc.font('cjk')
    return
  }
  doc.font(font.data, font.postscriptName)
  if (d._font?.font) parsed = { path: font.path, face: d._font.font, Embedded: d._font.constructor }
}

/** The QR's dark modules as one path of horizontal runs, filled once (no seams between cells). */
function drawQr(doc: Doc, url: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' })
  const cell = size / modules.size
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size;) {
      if (!modules.get(row, col)) {
        col++
        continue
      }
      const start = col
      while (col < modules.size && modules.get(row, col)) col++
      doc.rect(x + start * cell, y + row * cell, (col - start) * cell, cell)
    }
  }
  doc.fill('#000')
}

/** One line centred across the page, made smaller until it fits the margins. */
function centred(doc: Doc, text: string, y: number, sizeMm: number, colour: string) {
  doc.fontSize(sizeMm * MM)
  const fit = Math.min(1, (WIDTH - 30 * MM) / doc.widthOfString(text))
  doc.fontSize(sizeMm * MM * fit)
  doc.fillColor(colour).text(text, 0, y * MM, { width: WIDTH, align: 'center', lineBreak: false })
}

function drawPoster(doc: Doc, p: PosterInput) {
  doc.rect(0, 0, WIDTH, 28 * MM).fill('#c62828')
  centred(doc, POSTER_TITLE, 7, 11, '#fff')
  centred(doc, p.name, 36, 14, '#000')
  centred(doc, p.within, 54, 6, '#555')
  drawQr(doc, p.url, 35 * MM, 75 * MM, 140 * MM)
  doc.fontSize(6 * MM).fillColor('#000')
  POSTER_STEPS.forEach((s, i) => doc.text(s, 30 * MM, (228 + i * 10) * MM, { lineBreak: false }))
  centred(doc, p.url, 266, 4, '#333')
  centred(doc, `场所码 ${p.code} · 无需注册账号 · 个人信息加密保存`, 276, 4, '#777')
}

async function fill(doc: Doc, pages: PosterInput[]) {
  for (const [i, page] of pages.entries()) {
    // a community's hundreds of pages: let other requests run between pages
    if (i > 0) await new Promise((resolve) => setImmediate(resolve))
    if (doc.destroyed) return // the download was abandoned: stop drawing
    doc.addPage({ size: 'A4', margin: 0 })
    drawPoster(doc, page)
  }
  doc.end()
}

/** The posters as one PDF, a page each; read it as a stream (it is written page by page). */
export function posterPdf(font: CjkFont, pages: PosterInput[], title: string): Readable {
  const doc = new PDFDocument({ autoFirstPage: false, info: { Title: title, Creator: 'Lianfang 联防' } })
  useFont(doc, font)
  fill(doc, pages).catch((e: Error) => doc.destroy(e))
  return doc
}

/** The whole PDF in memory, for one poster. */
export async function posterPdfBuffer(font: CjkFont, pages: PosterInput[], title: string): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of posterPdf(font, pages, title)) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}
