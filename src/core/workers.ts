// Starting a worker thread from a module's own folder, the same way from the built server
// (dist/…/x.js beside x.worker.js) and from the TypeScript sources (tsx, vitest: x.worker.ts
// loaded through tsx's loader, which the worker registers for itself).
import { Worker, type WorkerOptions } from 'node:worker_threads'

/** `new Worker` for `<name>.worker.js` (or `.ts`) next to the module whose `import.meta.url` is `from`. */
export function startWorker(from: string, name: string, options: WorkerOptions): Worker {
  if (from.endsWith('.js')) return new Worker(new URL(`./${name}.worker.js`, from), options)
  const entry = JSON.stringify(new URL(`./${name}.worker.ts`, from).href)
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}) })`, {
    ...options,
    eval: true,
  })
}
