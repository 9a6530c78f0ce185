import type { LianfangModule } from '../../core/module.js'
import { auditMigrations } from '../../core/audit.migrations.js'
import { auditCli } from './audit.cli.js'
import { auditRoutes } from './audit.routes.js'

export const auditModule: LianfangModule = {
  name: 'audit',
  migrations: auditMigrations,
  routes: auditRoutes,
  cli: auditCli,
}
