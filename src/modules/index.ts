// Every capability of Lianfang, in the order their routes register. A new module adds
// one line here.
import type { LianfangModule } from './module.js'
import { auditModule } from './audit/index.js'
import { regionsModule } from './regions/index.js'
import { authModule } from './auth/index.js'
import { peopleModule } from './people/index.js'
import { checkpointsModule } from './checkpoints/index.js'
import { passagesModule } from './passages/index.js'

export const modules: LianfangModule[] = [
  auditModule,
  regionsModule,
  authModule,
  peopleModule,
  checkpointsModule,
  passagesModule,
]
