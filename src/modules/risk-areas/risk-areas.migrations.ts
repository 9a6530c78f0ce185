import { createDayCountTable, createFirstTable } from '../../core/day-counts.js'
import { rebuildKeyPersonCounts } from './day-counts.js'
import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const riskAreasMigrations: Record<string, Migration> = {
  '2026-11-30-51-risk-areas': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 风险地区: e.g. 湖北省 from 2020-01-08; aliases catch "武汉" written for "湖北省".
      await db.schema
        .createTable('risk_area')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('aliases', 'text', (c) => c.notNull())
        .addColumn('from_date', 'text', (c) => c.notNull())
        .addColumn('to_date', 'text')
        .addColumn('observation_days', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .addColumn('deleted_at', ts)
        .execute()
      // 重点人员: one row per person, area and arrival; the reason is kept as written then.
      await db.schema
        .createTable('key_person')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('risk_area_id', 'text', (c) => c.notNull().references('risk_area.id'))
        .addColumn('from_place', 'text', (c) => c.notNull())
        .addColumn('arrival_date', 'text', (c) => c.notNull())
        .addColumn('observe_until', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text')
        .addColumn('filed_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('key_person_unique')
        .on('key_person')
        .columns(['person_id', 'risk_area_id', 'arrival_date'])
        .unique()
        .execute()
      await db.schema
        .createIndex('key_person_region')
        .on('key_person')
        .columns(['region_id', 'arrival_date'])
        .execute()
      await db.schema
        .createIndex('key_person_until')
        .on('key_person')
        .columns(['person_id', 'observe_until'])
        .execute()
    },
  },
  '2026-12-07-20-key-person-day-counts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await createFirstTable(db, 'key_person_first')
      await createDayCountTable(db, 'key_person_day_count')
      // an upgrade shows the same figures as before, not zeros
      await rebuildKeyPersonCounts(db)
    },
  },
  '2026-12-07-30-key-person-list-order': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // the list's order (newest arrival first, then id): a page is read off the index, not sorted
      await db.schema
        .createIndex('key_person_arrival_id')
        .on('key_person')
        .columns(['arrival_date desc', 'id', 'region_id'])
        .execute()
    },
  },
}
