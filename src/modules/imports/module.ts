// 导入导出: roster uploads run as jobs with progress; the engine is the people module's.
import type { LianfangModule } from '../../core/module.js'
import { importsCli } from './imports.cli.js'
import { importsMigrations } from './imports.migrations.js'
import { importsRoutes } from './imports.routes.js'

export const importsModule: LianfangModule = {
  name: 'imports',
  migrations: importsMigrations,
  routes: importsRoutes,
  cli: importsCli,
}
