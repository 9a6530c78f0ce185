import type { Kysely, Migration } from 'kysely'
import { byteTextType, timestampType } from '../../db/columns.js'

export const regionsMigrations: Record<string, Migration> = {
  '2026-11-29-01-regions': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('region')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('parent_id', 'text', (c) => c.references('region.id'))
        // materialised path "/<top id>/…/<own id>/": a subtree is one index range
        .addColumn('path', byteTextType(db) as 'text', (c) => c.notNull().unique())
        .addColumn('depth', 'integer', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text')
        .addColumn('created_at', timestampType(db), (c) => c.notNull())
        .addColumn('updated_at', timestampType(db), (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('region_parent_name')
        .on('region')
        .columns(['parent_id', 'name'])
        .unique()
        .execute()
      await db.schema.createIndex('region_code').on('region').column('code').execute()
    },
  },
}
