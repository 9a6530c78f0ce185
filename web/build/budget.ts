// Bundle budgets: after the build, the gzipped size of the JavaScript each entry loads (its
// chunk, every chunk it imports, and those it may import later); the build fails when a
// budgeted entry is over.
import { gzipSync } from 'node:zlib'
import type { Plugin, Rolldown } from 'vite'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

export function bundleBudget(budgets: Record<string, number>): Plugin {
  return {
    name: 'lianfang-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const gz = new Map<string, number>()
      const gzipped = (fileName: string) => {
        const chunk = bundle[fileName]
        if (!gz.has(fileName))
          gz.set(fileName, chunk.type === 'chunk' ? gzipSync(chunk.code, { level: 9 }).length : 0)
        return gz.get(fileName)!
      }
      const reach = (fileName: string, seen: Set<string>, lazy: boolean) => {
        const chunk = bundle[fileName]
        if (!chunk || chunk.type !== 'chunk' || seen.has(fileName)) return seen
        seen.add(fileName)
        for (const next of [...chunk.imports, ...(lazy ? chunk.dynamicImports : [])]) reach(next, seen, lazy)
        return seen
      }
      const sum = (files: Set<string>) => [...files].reduce((n, f) => n + gzipped(f), 0)
      const lines: string[] = []
      const over: string[] = []
      const entries = Object.values(bundle).filter(
        (c): c is Rolldown.OutputChunk => c.type === 'chunk' && c.isEntry,
      )
      for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
        const initial = sum(reach(entry.fileName, new Set(), false))
        const all = sum(reach(entry.fileName, new Set(), true))
        const budget = budgets[entry.name]
        const verdict =
          budget === undefined
            ? 'no budget'
            : all > budget
              ? `OVER the budget of ${kb(budget)}`
              : `within the budget of ${kb(budget)}`
        lines.push(
          `  ${entry.name.padEnd(10)} initial ${kb(initial).padStart(9)}   all ${kb(all).padStart(9)}   ${verdict}`,
        )
        if (budget !== undefined && all > budget) over.push(`${entry.name}: ${kb(all)} > ${kb(budget)}`)
      }
      console.log(
        `\ngzipped JavaScript (initial = loaded at start, all = with lazy chunks):\n${lines.join('\n')}\n`,
      )
      if (over.length) this.error(`bundle budget exceeded: ${over.join('; ')}`)
    },
  }
}
