import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const authMigrations: Record<string, Migration> = {
  '2026-11-29-02-accounts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      await db.schema
        .createTable('staff_user')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('scope_region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('phone_enc', 'text')
        .addColumn('phone_bidx', 'text')
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('staff_user_scope').on('staff_user').column('scope_region_id').execute()
      await db.schema.createIndex('staff_user_phone').on('staff_user').column('phone_bidx').execute()
      // Sessions live in the database so that app servers stay stateless.
      await db.schema
        .createTable('session')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_user.id').onDelete('cascade'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('last_seen_at', ts, (c) => c.notNull())
        .addColumn('expires_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('session_user').on('session').column('user_id').execute()
      await db.schema
        .createTable('login_failure')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('login_failure_key_at').on('login_failure').columns(['key', 'at']).execute()
    },
  },
  '2026-12-06-40-sign-in-throttle-and-powers': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // One row per throttled key (account, account+address, address): the attempts so far
      // and when the next may be evaluated; reserved by a conditional update.
      await db.schema
        .createTable('login_throttle')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('attempts', 'integer', (c) => c.notNull())
        .addColumn('not_before', ts, (c) => c.notNull())
        .addColumn('last_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.dropTable('login_failure').execute()
      // who made the account and who last reset its password, and when a one-time
      // password stops working: the two-person rules and the 72-hour expiry read them
      await db.schema.alterTable('staff_user').addColumn('created_by', 'text').execute()
      await db.schema.alterTable('staff_user').addColumn('reset_by', 'text').execute()
      await db.schema.alterTable('staff_user').addColumn('reset_at', ts).execute()
      await db.schema.alterTable('staff_user').addColumn('one_time_expires_at', ts).execute()
    },
  },
}
