// `lianfang report rebuild-counts`: every module's maintained report counts recomputed from
// its records, one transaction per module, so a long rebuild does not hold every table at once.
import { inTransaction, type Db } from '../../db/db.js'
import { countRebuilders } from '../../core/registry.js'

export async function rebuildAllCounts(db: Db, progress: (name: string, ms: number) => void = () => {}) {
  for (const [name, rebuild] of countRebuilders()) {
    const t = performance.now()
    await inTransaction(db, (trx) => rebuild(trx))
    progress(name, Math.round(performance.now() - t))
  }
}
