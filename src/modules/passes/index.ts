// 健康通行码: colour rules, colours with reasons and history, signed LF1 passes, keys.
import type { LianfangModule } from '../module.js'
import { on } from '../../events.js'
import { passesMigrations } from './passes.migrations.js'
import { passesStaffRoutes } from './passes.routes.js'
import { passesPublicRoutes } from './public.routes.js'
import { passesCli } from './passes.cli.js'
import { makeColourChange, makePass } from './passes.fixtures.js'
import { recomputeColour } from './colour.service.js'
import { ensureSigningKey } from './keys.service.js'
import { configurePasses } from './passes.settings.js'
import './case.facts.js'
import { setPassResolver } from '../passages/passes.link.js'
import { passOwners } from './pass.queries.js'

export { registerColourFact, type FactCheck, type FactContext, type FactResult } from './colour.facts.js'

// A passage made with a pass is filed under the pass's owner.
setPassResolver(passOwners)

// Anything a colour depends on changed: recompute inside the writer's transaction.
on('person.changed', async (db, { personId, reason }) => {
  await recomputeColour(db, personId, reason)
})

export const passesModule: LianfangModule = {
  name: 'passes',
  migrations: passesMigrations,
  routes: (app) => {
    configurePasses(app.config)
    passesStaffRoutes(app)
    passesPublicRoutes(app)
    // 首次启动生成签名密钥: the first start makes the signing key.
    app.addHook('onReady', async () => ensureSigningKey(app.db))
  },
  cli: passesCli,
  samples: { colour_change: makeColourChange, pass: makePass },
}
