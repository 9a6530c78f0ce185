import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../db/columns.js'

export const auditMigrations: Record<string, Migration> = {
  '2026-11-29-00-audit': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('audit_event')
        .addColumn('seq', 'bigint', (c) => c.primaryKey())
        .addColumn('at', timestampType(db), (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text')
        .addColumn('entity_id', 'text')
        .addColumn('detail', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('audit_event_actor')
        .on('audit_event')
        .columns(['actor_id', 'seq'])
        .execute()
      await db.schema.createIndex('audit_event_action').on('audit_event').columns(['action', 'seq']).execute()
      await db.schema.createIndex('audit_event_at').on('audit_event').column('at').execute()
      // One row holding the chain's head: updating it first serialises writers on both databases.
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute()
      await db.insertInto('audit_head').values({ id: 1, seq: 0, hash: GENESIS }).execute()
    },
  },
  '2026-12-06-5-00-audit-keyed': {
    // Entries from here on are linked by HMAC (src/core/audit.ts); those already written keep
    // their plain SHA-256 links, verified as before. The migration cannot re-key them: it
    // runs without the data key (`lianfang migrate`).
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('audit_head')
        .addColumn('keyed_from', 'bigint', (c) => c.notNull().defaultTo(1))
        .execute()
      await db
        .updateTable('audit_head')
        .set((eb) => ({ keyed_from: eb('seq', '+', 1) }))
        .execute()
    },
  },
}

export const GENESIS = '0'.repeat(64)
