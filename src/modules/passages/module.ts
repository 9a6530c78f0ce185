import type { LianfangModule } from '../../core/module.js'
import { passagesMigrations } from './passages.migrations.js'
import { passageDailyMigrations, rebuildPassageDaily } from './daily.js'
import { passagesRoutes } from './passages.routes.js'
import { purgeOldPassages } from './retention.js'
import { passageSettings } from './settings.js'

export const passagesModule: LianfangModule = {
  name: 'passages',
  migrations: { ...passagesMigrations, ...passageDailyMigrations },
  extend: (registry) => registry.dayCounts('passages', rebuildPassageDaily),
  routes: passagesRoutes,
  cli: (program, { withDeployment }) => {
    program
      .command('passages-purge')
      .description('删除超过保留期的出入登记 / delete passages older than the retention period')
      .option('--days <n>', '保留天数 days to keep (default: the configured retention)')
      .action(async (opts: { days?: string }) => {
        await withDeployment(async (db, config) => {
          const days = opts.days ? Number(opts.days) : passageSettings(config).retentionDays
          if (!Number.isInteger(days) || days < 1) throw new Error('--days: expected a whole number ≥ 1')
          const { deleted, before } = await purgeOldPassages(db, days)
          console.log(`已删除 deleted: ${deleted} (before ${before})`)
        })
      })
  },
}
