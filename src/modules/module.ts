import type { Command } from 'commander'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { Migration } from 'kysely'
import type { Db } from '../db/db.js'

/**
 * A capability: its tables (migrations), its routes and, for the route-walking permission
 * test, a way to make one of its records inside a given region.
 */
export interface LianfangModule {
  name: string
  /** dated names (YYYY-MM-DD-NN-what) so that all modules' migrations sort in time */
  migrations?: Record<string, Migration>
  routes?: (app: FastifyInstance) => Promise<void> | void
  /** kind → make a record of that kind inside `regionId`, returning its id */
  /** subcommands of `lianfang` */
  cli?: (program: Command, getConfig: () => Config) => void
  samples?: Record<string, (db: Db, regionId: string) => Promise<string>>
}
