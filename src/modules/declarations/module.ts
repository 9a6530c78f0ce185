// 健康申报: declarations by residents (poster QR, no account) and by staff.
import type { LianfangModule } from '../../core/module.js'
import { declarationsMigrations } from './declarations.migrations.js'
import { declarationsRoutes } from './declarations.routes.js'
import { registerDeclarationFacts } from './declarations.facts.js'

export const declarationsModule: LianfangModule = {
  name: 'declarations',
  migrations: declarationsMigrations,
  routes: declarationsRoutes,
  extend: (registry, config) => registerDeclarationFacts(registry, config.feverThreshold),
}
