import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const postersMigrations: Record<string, Migration> = {
  '2026-11-30-53-places': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // 场所码: the short code on a poster, /r/<code>; one per compound, entrance or checkpoint.
      await db.schema
        .createTable('place')
        .addColumn('code', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('ref_kind', 'text', (c) => c.notNull())
        .addColumn('ref_id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', timestampType(db), (c) => c.notNull())
        .execute()
      await db.schema.createIndex('place_ref').on('place').columns(['ref_kind', 'ref_id']).unique().execute()
      await db.schema.createIndex('place_region').on('place').column('region_id').execute()
    },
  },
}
