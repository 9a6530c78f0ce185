// 数据保留: passages are personal data kept only as long as tracing needs them (default 28
// days). A daily job deletes older ones in slices, so that ingest never waits long behind
// it, and logs how many went — counts, never people. The hourly counters stay: they hold none.
import type { FastifyInstance } from 'fastify'
import { inTransaction, type Db } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { recordAuditNow } from '../../core/audit.js'
import { deletePassagesBefore } from './passages.queries.js'
import { passageSettings } from './settings.js'

const SLICE = 5_000
const DAY = 86_400_000

export async function purgeOldPassages(
  db: Db,
  retentionDays: number,
  at = now(),
): Promise<{ deleted: number; before: string }> {
  const before = new Date(at - retentionDays * DAY).toISOString()
  let deleted = 0
  for (;;) {
    const n = await inTransaction(db, (trx) => deletePassagesBefore(trx, before, SLICE))
    deleted += n
    if (n < SLICE) break
  }
  if (deleted > 0)
    await recordAuditNow(
      db,
      { userId: null, username: 'system' },
      { action: 'passage.purge', detail: { deleted, retentionDays } },
    )
  return { deleted, before }
}

/** Runs the purge a minute after start and then every day, until the app closes. */
export function startRetentionJob(app: FastifyInstance) {
  const { retentionDays } = passageSettings(app.config)
  const run = async () => {
    try {
      const { deleted, before } = await purgeOldPassages(app.db, retentionDays)
      app.log.info({ deleted, before, retentionDays }, 'passage retention')
    } catch (e) {
      app.log.error({ err: { message: (e as Error).message } }, 'passage retention failed')
    }
  }
  let daily: NodeJS.Timeout | undefined
  const first = setTimeout(() => {
    void run()
    daily = setInterval(() => void run(), DAY).unref()
  }, 60_000).unref()
  app.addHook('onClose', async () => {
    clearTimeout(first)
    if (daily) clearInterval(daily)
  })
}
