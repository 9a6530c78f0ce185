// Every capability of Lianfang, in the order their routes register. A new module adds
// one line here. This file is the app layer: it alone knows every module.
import type { Migration } from 'kysely'
import type { Config } from '../config.js'
import type { LianfangModule } from '../core/module.js'
import { resetRegistry } from '../core/registry.js'
import { setTimeZone } from '../core/clock.js'
import { auditModule } from './audit/module.js'
import { regionsModule } from './regions/module.js'
import { authModule } from './auth/module.js'
import { peopleModule } from './people/module.js'
import { importsModule } from './imports/module.js'
import { checkpointsModule } from './checkpoints/module.js'
import { passagesModule } from './passages/module.js'
import { passesModule } from './passes/module.js'
import { smsModule } from './sms/module.js'
import { riskAreasModule } from './risk-areas/module.js'
import { declarationsModule } from './declarations/module.js'
import { postersModule } from './posters/module.js'
import { observationsModule } from './observations/module.js'
import { careModule } from './care/module.js'
import { campaignsModule } from './campaigns/module.js'
import { enterprisesModule } from './enterprises/module.js'
import { publicityModule } from './publicity/module.js'
import { hotlineModule } from './hotline/module.js'
import { socialWorkModule } from './social-work/module.js'
import { staffModule } from './staff/module.js'
import { reportsModule } from './reports/module.js'
export const modules: LianfangModule[] = [
  auditModule,
  regionsModule,
  authModule,
  peopleModule,
  importsModule,
  checkpointsModule,
  passagesModule,
  passesModule,
  smsModule,
  riskAreasModule,
  declarationsModule,
  postersModule,
  observationsModule,
  careModule,
  campaignsModule,
  enterprisesModule,
  publicityModule,
  hotlineModule,
  socialWorkModule,
  staffModule,
  reportsModule,
]

/** Every module's migrations, by their dated names. */
export function allMigrations(): Record<string, Migration> {
  const all: Record<string, Migration> = {}
  for (const m of modules) {
    for (const [name, migration] of Object.entries(m.migrations ?? {})) {
      if (all[name]) throw new Error(`migration name used twice: ${name}`)
      all[name] = migration
    }
  }
  return all
}

/** Sets the deployment's time zone and fills the registry (event listeners, colour facts) from every module. */
export function installModules(config: Config): void {
  setTimeZone(config.timeZone)
  const registry = resetRegistry()
  for (const m of modules) m.extend?.(registry, config)
}
