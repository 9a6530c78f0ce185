import { createDayCountTable, createFirstTable } from '../../core/day-counts.js'
import { rebuildCareCounts } from './day-counts.js'
import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const careMigrations: Record<string, Migration> = {
  '2026-12-01-11-care': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 暖心人 care requests of a household (shopping, printing study materials, medicine…)
      await db.schema
        .createTable('care_request')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('household_id', 'text', (c) => c.notNull().references('household.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('items', 'text')
        .addColumn('file_key', 'text') // path under the data directory
        .addColumn('file_name', 'text')
        .addColumn('file_type', 'text')
        .addColumn('file_size', 'integer')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('assignee_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('requested_by', 'text')
        .addColumn('via', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('care_request_region')
        .on('care_request')
        .columns(['region_id', 'status'])
        .execute()
      await db.schema
        .createIndex('care_request_assignee')
        .on('care_request')
        .columns(['assignee_id', 'status'])
        .execute()
      // each delivery is one row: "helped N households M times" counts these
      await db.schema
        .createTable('care_fulfilment')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('request_id', 'text', (c) => c.notNull().references('care_request.id'))
        .addColumn('household_id', 'text', (c) => c.notNull().references('household.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('delivered', 'text', (c) => c.notNull())
        .addColumn('done_by', 'text')
        .addColumn('done_at', ts, (c) => c.notNull())
        .addColumn('done_on', 'text', (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('care_fulfilment_request')
        .on('care_fulfilment')
        .column('request_id')
        .execute()
      await db.schema
        .createIndex('care_fulfilment_region')
        .on('care_fulfilment')
        .columns(['region_id', 'done_on'])
        .execute()
    },
  },
  '2026-12-07-20-care-day-counts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await createFirstTable(db, 'care_first')
      await createDayCountTable(db, 'care_day_count')
      // a household's first delivery, looked up on every delivery
      await db.schema
        .createIndex('care_fulfilment_household')
        .on('care_fulfilment')
        .columns(['household_id', 'done_on'])
        .execute()
      // an upgrade shows the same figures as before, not zeros
      await rebuildCareCounts(db)
    },
  },
}
