import { sql, type Kysely, type Migration } from 'kysely'
import { timestampType } from '../db/columns.js'
import { dialectOf } from '../db/db.js'

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
  '2026-12-06-5-01-audit-append-only': {
    // The database itself refuses to change or remove an entry, whoever asks through the app.
    // PostgreSQL: a trigger, because the app may connect as the tables' owner (who is not
    // bound by grants); a deployment whose app role does not own them should also
    // REVOKE UPDATE, DELETE, TRUNCATE ON audit_event (docs/SECURITY.md). The owner can still
    // drop the trigger: the keyed chain and the anchor are what find such an edit.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      if (dialectOf(db) === 'postgres') {
        await sql`create or replace function lf_audit_append_only() returns trigger language plpgsql as $$
          begin
            raise exception 'audit_event is append-only' using errcode = '42501';
          end $$`.execute(db)
        await sql`create trigger audit_event_append_only before update or delete on audit_event
          for each row execute function lf_audit_append_only()`.execute(db)
        await sql`create trigger audit_event_no_truncate before truncate on audit_event
          for each statement execute function lf_audit_append_only()`.execute(db)
        return
      }
      for (const [name, event] of [
        ['audit_event_no_update', 'update'],
        ['audit_event_no_delete', 'delete'],
      ])
        await sql`create trigger ${sql.raw(name)} before ${sql.raw(event)} on audit_event
          begin select raise(abort, 'audit_event is append-only'); end`.execute(db)
    },
  },
  '2026-12-07-00-audit-inbox': {
    // 待入链: entries of frequent writers (passages), moved onto the chain by src/core/audit-inbox.ts
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('audit_inbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('at', timestampType(db), (c) => c.notNull())
        .addColumn('actor_id', 'text')
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('entity', 'text')
        .addColumn('entity_id', 'text')
        .addColumn('detail', 'text')
        .execute()
    },
  },
}

export const GENESIS = '0'.repeat(64)
