import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const checkpointsMigrations: Record<string, Migration> = {
  '2026-11-29-20-checkpoints': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 卡点: one entrance of a village, community, compound, or a road checkpoint
      await db.schema
        .createTable('checkpoint')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('location', 'text')
        .addColumn('open', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('checkpoint_region_name')
        .on('checkpoint')
        .columns(['region_id', 'name'])
        .unique()
        .execute()
      // 排班: one staff member on one checkpoint from … to
      await db.schema
        .createTable('checkpoint_shift')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('checkpoint_id', 'text', (c) =>
          c.notNull().references('checkpoint.id').onDelete('cascade'),
        )
        .addColumn('staff_user_id', 'text', (c) =>
          c.notNull().references('staff_user.id').onDelete('cascade'),
        )
        .addColumn('starts_at', ts, (c) => c.notNull())
        .addColumn('ends_at', ts, (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('shift_checkpoint_start')
        .on('checkpoint_shift')
        .columns(['checkpoint_id', 'starts_at'])
        .execute()
      await db.schema
        .createIndex('shift_staff_start')
        .on('checkpoint_shift')
        .columns(['staff_user_id', 'starts_at'])
        .execute()
    },
  },
}
