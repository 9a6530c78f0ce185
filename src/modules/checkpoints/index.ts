import type { LianfangModule } from '../module.js'
import { checkpointsMigrations } from './checkpoints.migrations.js'
import { checkpointsRoutes } from './checkpoints.routes.js'
import { makeCheckpoint, makeShift } from './checkpoints.fixtures.js'

export const checkpointsModule: LianfangModule = {
  name: 'checkpoints',
  migrations: checkpointsMigrations,
  routes: checkpointsRoutes,
  samples: {
    checkpoint: (db, regionId) => makeCheckpoint(db, regionId),
    shift: (db, regionId) => makeShift(db, regionId),
  },
}
