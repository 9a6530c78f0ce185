import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const publicityMigrations: Record<string, Migration> = {
  '2026-12-02-40-publicity': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 宣传通告: published for the subtree of its region (a district notice reaches every community)
      await db.schema
        .createTable('notice')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('approved_by', 'text', (c) => c.references('staff_user.id'))
        .addColumn('approved_at', ts)
        .addColumn('published_by', 'text', (c) => c.references('staff_user.id'))
        .addColumn('published_at', ts)
        .addColumn('withdrawn_at', ts)
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('notice_region_status')
        .on('notice')
        .columns(['region_id', 'status'])
        .execute()
      // 宣传工作台账: one row per community per day, figures of that day (not running totals)
      await db.schema
        .createTable('publicity_activity')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('banners', 'integer', (c) => c.notNull())
        .addColumn('slogans', 'integer', (c) => c.notNull())
        .addColumn('households_visited', 'integer', (c) => c.notNull())
        .addColumn('people_reached', 'integer', (c) => c.notNull())
        .addColumn('posts', 'integer', (c) => c.notNull())
        .addColumn('articles', 'integer', (c) => c.notNull())
        .addColumn('chat_groups', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('updated_by', 'text', (c) => c.references('staff_user.id'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('publicity_activity_region_day')
        .on('publicity_activity')
        .columns(['region_id', 'on_date'])
        .unique()
        .execute()
    },
  },
  '2026-12-06-41-notice-editors': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // everyone who wrote a draft's text: none of them may approve it (两人把关)
      await db.schema
        .createTable('notice_editor')
        .addColumn('notice_id', 'text', (c) => c.notNull().references('notice.id').onDelete('cascade'))
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('notice_editor_pk', ['notice_id', 'user_id'])
        .execute()
    },
  },
}
