// 健康申报: declarations by residents (poster QR, no account) and by staff.
import type { LianfangModule } from '../module.js'
import { declarationsMigrations } from './declarations.migrations.js'
import { declarationsRoutes } from './declarations.routes.js'
import './declarations.facts.js'

export { recordDeclaration, type HealthInput } from './declarations.service.js'

export const declarationsModule: LianfangModule = {
  name: 'declarations',
  migrations: declarationsMigrations,
  routes: declarationsRoutes,
}
