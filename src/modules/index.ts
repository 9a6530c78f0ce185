// Every capability of Lianfang, in the order their routes register. A new module adds
// one line here.
import type { LianfangModule } from './module.js'
import { auditModule } from './audit/index.js'
import { regionsModule } from './regions/index.js'
import { authModule } from './auth/index.js'
import { peopleModule } from './people/index.js'
import { importsModule } from './imports/index.js'
import { checkpointsModule } from './checkpoints/index.js'
import { passagesModule } from './passages/index.js'
import { passesModule } from './passes/index.js'
import { riskAreasModule } from './risk-areas/index.js'
import { declarationsModule } from './declarations/index.js'
import { postersModule } from './posters/index.js'
import { observationsModule } from './observations/index.js'
import { careModule } from './care/index.js'
import { campaignsModule } from './campaigns/index.js'
import { enterprisesModule } from './enterprises/index.js'
import { publicityModule } from './publicity/index.js'
import { hotlineModule } from './hotline/index.js'
import { servicesModule } from './services/index.js'
import { staffModule } from './staff/index.js'
import { reportsModule } from './reports/index.js'
export const modules: LianfangModule[] = [
  auditModule,
  regionsModule,
  authModule,
  peopleModule,
  importsModule,
  checkpointsModule,
  passagesModule,
  passesModule,
  riskAreasModule,
  declarationsModule,
  postersModule,
  observationsModule,
  careModule,
  campaignsModule,
  enterprisesModule,
  publicityModule,
  hotlineModule,
  servicesModule,
  staffModule,
  reportsModule,
]
