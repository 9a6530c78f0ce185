import { createDayCountTable } from '../../core/day-counts.js'
import { rebuildSocialWorkCounts } from './day-counts.js'
import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const socialWorkMigrations: Record<string, Migration> = {
  '2026-12-02-42-social-work': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 社工机构
      await db.schema
        .createTable('sw_agency')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('sw_agency_region_name')
        .on('sw_agency')
        .columns(['region_id', 'name'])
        .unique()
        .execute()
      // 社工: a staff account, or just a name with an agency (volunteers from outside)
      await db.schema
        .createTable('sw_worker')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('agency_id', 'text', (c) => c.references('sw_agency.id'))
        .addColumn('user_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('sw_worker_region').on('sw_worker').column('region_id').execute()
      // 服务记录: one service (or group session) on one day, with how many people it reached
      await db.schema
        .createTable('sw_service')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('worker_id', 'text', (c) => c.notNull().references('sw_worker.id'))
        .addColumn('agency_id', 'text', (c) => c.references('sw_agency.id'))
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('beneficiaries', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_by', 'text', (c) => c.references('staff_user.id'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('sw_service_region_date')
        .on('sw_service')
        .columns(['region_id', 'on_date'])
        .execute()
    },
  },
  '2026-12-07-20-social-work-day-counts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await createDayCountTable(db, 'sw_day_count')
      // an upgrade shows the same figures as before, not zeros
      await rebuildSocialWorkCounts(db)
    },
  },
}
