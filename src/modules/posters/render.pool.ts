// PNG and PDF posters are drawn in a small pool of worker threads, never in the server's own:
// at most `size` renders at once (each holds a 1240 × 1754 bitmap and a parsed CJK font), a
// bounded queue behind them (POSTER_BUSY past it), a heap limit per worker. A worker that dies
// fails its one job and is replaced.
import type { Worker } from 'node:worker_threads'
import { AppError, defineErrors } from '../../core/errors.js'
import { startWorker } from '../../core/workers.js'
import type { PosterInput } from './poster.render.js'

export const RenderErrors = defineErrors({
  POSTER_BUSY: {
    status: 503,
    zh: '海报生成繁忙，请稍后再试',
    en: 'Poster rendering is busy, please try again shortly',
  },
  POSTER_RENDER_FAILED: {
    status: 503,
    zh: '海报生成失败，请稍后再试',
    en: 'The poster could not be drawn, please try again',
  },
})

export type PosterFormat = 'png' | 'pdf'
export interface RenderJob {
  id: number
  format: PosterFormat
  input: PosterInput
  fontPath: string
}
export type RenderResult = { id: number; bytes: Uint8Array } | { id: number; error: string }

interface Pending {
  job: RenderJob
  resolve: (b: Buffer) => void
  reject: (e: Error) => void
}
interface Slot {
  worker: Worker
  current: Pending | null
}

export interface PoolOptions {
  size: number
  maxQueue: number
  heapMb: number
}

export function createRenderPool({ size, maxQueue, heapMb }: PoolOptions) {
  const slots: Slot[] = []
  const queue: Pending[] = []
  let nextId = 1
  let closed = false

  function spawn(): Slot {
    const worker = startWorker(import.meta.url, 'render', {
      resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 16 },
    })
    worker.unref() // an idle renderer keeps no process alive
    const slot: Slot = { worker, current: null }
    worker.on('message', (r: RenderResult) => {
      const p = slot.current
      if (!p || p.job.id !== r.id) return
      slot.current = null
      if ('bytes' in r) p.resolve(Buffer.from(r.bytes.buffer, r.bytes.byteOffset, r.bytes.byteLength))
      else p.reject(new AppError(RenderErrors.POSTER_RENDER_FAILED))
      pump()
    })
    const replace = () => {
      const i = slots.indexOf(slot)
      if (i < 0) return
      slots.splice(i, 1)
      slot.current?.reject(new AppError(RenderErrors.POSTER_RENDER_FAILED))
      slot.current = null
      if (!closed) pump()
    }
    worker.on('error', replace)
    worker.on('exit', replace)
    slots.push(slot)
    return slot
  }

  function pump() {
    while (queue.length) {
      const slot = slots.find((s) => !s.current) ?? (slots.length < size ? spawn() : undefined)
      if (!slot) return
      const p = queue.shift()!
      slot.current = p
      slot.worker.postMessage(p.job)
    }
  }

  return {
    render(format: PosterFormat, input: PosterInput, fontPath: string): Promise<Buffer> {
      if (closed || queue.length >= maxQueue) return Promise.reject(new AppError(RenderErrors.POSTER_BUSY))
      return new Promise<Buffer>((resolve, reject) => {
        queue.push({ job: { id: nextId++, format, input, fontPath }, resolve, reject })
        pump()
      })
    },
    /** renders running and waiting, for tests and the bench */
    stats: () => ({
      workers: slots.length,
      running: slots.filter((s) => s.current).length,
      queued: queue.length,
    }),
    async close() {
      closed = true
      for (const p of queue.splice(0)) p.reject(new AppError(RenderErrors.POSTER_BUSY))
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()))
    },
  }
}

export type RenderPool = ReturnType<typeof createRenderPool>
