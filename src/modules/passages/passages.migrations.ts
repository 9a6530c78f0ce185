import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely'
import { floatType, timestampType } from '../../db/columns.js'

export const passagesMigrations: Record<string, Migration> = {
  '2026-11-29-21-passages': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 出入登记. The id is the UUID the gate device made: a re-send can never duplicate.
      // Few secondary indexes, all but one time-ordered: ingest speed is the point.
      await db.schema
        .createTable('passage')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('checkpoint.id'))
        .addColumn('region_id', 'text', (c) => c.notNull())
        .addColumn('direction', 'text', (c) => c.notNull())
        .addColumn('occurred_at', ts, (c) => c.notNull())
        .addColumn('device_at', ts, (c) => c.notNull())
        .addColumn('received_at', ts, (c) => c.notNull())
        .addColumn('clock_skew_ms', 'bigint')
        .addColumn('skewed', 'integer', (c) => c.notNull())
        .addColumn('offline', 'integer', (c) => c.notNull())
        .addColumn('pass_id', 'text')
        .addColumn('pass_colour', 'text')
        .addColumn('person_id', 'text')
        .addColumn('doc_enc', 'text')
        .addColumn('doc_bidx', 'text')
        .addColumn('doc_masked', 'text')
        .addColumn('temperature', floatType(db))
        .addColumn('fever', 'integer', (c) => c.notNull())
        .addColumn('plate', 'text')
        .addColumn('passengers', 'integer')
        .addColumn('verdict', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('staff_user_id', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('passage_checkpoint_time')
        .on('passage')
        .columns(['checkpoint_id', 'occurred_at'])
        .execute()
      await db.schema.createIndex('passage_occurred').on('passage').column('occurred_at').execute()
      await db.schema.createIndex('passage_pass').on('passage').column('pass_id').execute()
      // 实时计数: per checkpoint per UTC hour, updated in the same transaction as the passages.
      await db.schema
        .createTable('passage_hourly')
        .addColumn('checkpoint_id', 'text', (c) => c.notNull())
        .addColumn('hour', 'text', (c) => c.notNull())
        .addColumn('ins', 'integer', (c) => c.notNull())
        .addColumn('outs', 'integer', (c) => c.notNull())
        .addColumn('denied', 'integer', (c) => c.notNull())
        .addColumn('referred', 'integer', (c) => c.notNull())
        .addColumn('fevers', 'integer', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('passage_hourly_pk', ['checkpoint_id', 'hour'])
        .execute()
    },
  },
  '2026-12-03-20-passage-paper': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // 纸质登记: passages typed in from a paper register carry the name and phone written
      // there (encrypted, like the document number), and say where they came from.
      const add = (column: string, build?: (c: ColumnDefinitionBuilder) => ColumnDefinitionBuilder) =>
        db.schema.alterTable('passage').addColumn(column, 'text', build).execute()
      await add('source', (c) => c.notNull().defaultTo('gate'))
      await add('name_enc')
      await add('name_masked')
      await add('phone_enc')
      await add('phone_bidx')
    },
  },
  '2026-12-06-21-passage-verified': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // 已核验: the server checked the scanned QR. Earlier rows took the gate's word: 0.
      await db.schema
        .alterTable('passage')
        .addColumn('verified', 'integer', (c) => c.notNull().defaultTo(0))
        .execute()
    },
  },
  '2026-12-07-40-passage-pass-index': {
    // No query reads passages by pass id (a pass's owner is on the row as person_id), and the
    // index cost a group commit about 6 µs a row: a B-tree of its own for every passage.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.dropIndex('passage_pass').ifExists().execute()
    },
  },
}
