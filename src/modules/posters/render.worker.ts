// A poster renderer in its own thread (render.pool.ts): PNG (resvg) and one-poster PDF
// (pdfkit), one at a time. The font is loaded once per worker, by the path the server found.
import { parentPort } from 'node:worker_threads'
import { cjkFont } from './font.js'
import { posterPdfBuffer } from './poster.pdf.js'
import { posterPng } from './poster.png.js'
import { posterSvg } from './poster.render.js'
import type { RenderJob, RenderResult } from './render.pool.js'

const port = parentPort!

async function render(job: RenderJob): Promise<Buffer> {
  const font = cjkFont({ cjkFont: job.fontPath })
  if (job.format === 'png') return posterPng(font, await posterSvg(job.input))
  return posterPdfBuffer(font, [job.input], job.input.name)
}

port.on('message', (job: RenderJob) => {
  render(job).then(
    (buf) => {
      // a copy that owns its memory, handed over without another copy
      const bytes = new Uint8Array(buf)
      port.postMessage({ id: job.id, bytes } satisfies RenderResult, [bytes.buffer])
    },
    (e: unknown) => port.postMessage({ id: job.id, error: String(e) } satisfies RenderResult),
  )
})
