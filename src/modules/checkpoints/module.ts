import type { LianfangModule } from '../../core/module.js'
import { checkpointsMigrations } from './checkpoints.migrations.js'
import { checkpointsRoutes } from './checkpoints.routes.js'

export const checkpointsModule: LianfangModule = {
  name: 'checkpoints',
  migrations: checkpointsMigrations,
  routes: checkpointsRoutes,
}
