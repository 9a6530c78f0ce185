import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const hotlineMigrations: Record<string, Migration> = {
  '2026-12-02-41-hotline': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 专家排班: the hotline of a region is staffed by expert accounts in shifts
      await db.schema
        .createTable('hotline_shift')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('expert_id', 'text', (c) => c.notNull().references('staff_user.id'))
        .addColumn('starts_at', ts, (c) => c.notNull())
        .addColumn('ends_at', ts, (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('staff_user.id'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('hotline_shift_region_time')
        .on('hotline_shift')
        .columns(['region_id', 'starts_at'])
        .execute()
      await db.schema
        .createIndex('hotline_shift_expert_time')
        .on('hotline_shift')
        .columns(['expert_id', 'starts_at'])
        .execute()
      // 来电记录: no caller identity is asked for or kept
      await db.schema
        .createTable('hotline_call')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('started_at', ts, (c) => c.notNull())
        // local day of the call, kept so that counts as of a date are one indexed range
        .addColumn('call_date', 'text', (c) => c.notNull())
        .addColumn('duration_minutes', 'integer', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('risk_level', 'text', (c) => c.notNull())
        .addColumn('follow_up', 'integer', (c) => c.notNull())
        .addColumn('follow_up_note', 'text')
        .addColumn('referral', 'text')
        .addColumn('summary', 'text')
        .addColumn('taken_by', 'text', (c) => c.references('staff_user.id'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('hotline_call_region_date')
        .on('hotline_call')
        .columns(['region_id', 'call_date'])
        .execute()
    },
  },
}
