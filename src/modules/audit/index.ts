import type { LianfangModule } from '../module.js'
import { auditMigrations } from './audit.migrations.js'
import { auditRoutes } from './audit.routes.js'

export const auditModule: LianfangModule = { name: 'audit', migrations: auditMigrations, routes: auditRoutes }
