// What a capability hands the app: its tables (migrations), routes, commands and
// extensions. The app layer (src/modules/index.ts) lists the modules and installs them.
import type { Command } from 'commander'
import type { Migration } from 'kysely'
import type { Config } from '../config.js'
import type { Db } from '../db/db.js'
import type { Actor } from './actor.js'
import type { App } from './fastify.js'
import type { Registry } from './registry.js'

/** What a module's commands get from the CLI: the deployment, opened and closed for them. */
export interface CliKit {
  /** opens the deployment (migrated, modules installed), runs `fn` as the system actor, closes it */
  withDeployment<T>(fn: (db: Db, config: Config, actor: Actor) => Promise<T>): Promise<T>
}

export interface LianfangModule {
  name: string
  /** dated names (YYYY-MM-DD-NN-what) so that all modules' migrations sort in time */
  migrations?: Record<string, Migration>
  routes?: (app: App) => Promise<void> | void
  /** subcommands of `lianfang` */
  cli?: (program: Command, kit: CliKit) => void
  /** fills the extension points (event listeners, colour facts) with this deployment's settings */
  extend?: (registry: Registry, config: Config) => void
}
