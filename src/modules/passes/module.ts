// 健康通行码: colour rules, colours with reasons and history, signed LF1 passes, keys.
import type { LianfangModule } from '../../core/module.js'
import { passesMigrations } from './passes.migrations.js'
import { passesStaffRoutes } from './passes.routes.js'
import { passesPublicRoutes } from './public.routes.js'
import { deviceRoutes } from './device.routes.js'
import { passesCli } from './passes.cli.js'
import { recomputeColour } from './colour.service.js'
import { ensureSigningKey } from './keys.service.js'
import { registerCaseFacts } from './case.facts.js'

export const passesModule: LianfangModule = {
  name: 'passes',
  migrations: passesMigrations,
  routes: (app) => {
    passesStaffRoutes(app)
    passesPublicRoutes(app)
    deviceRoutes(app)
    // 首次启动生成签名密钥: the first start makes the signing key.
    app.addHook('onReady', async () => ensureSigningKey(app.db))
  },
  cli: passesCli,
  extend: (registry) => {
    registerCaseFacts(registry)
    // Anything a colour depends on changed: recompute inside the writer's transaction.
    registry.on('person.changed', async (db, { personId, reason }) => {
      await recomputeColour(db, personId, reason)
    })
  },
}
