import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const peopleMigrations: Record<string, Migration> = {
  '2026-11-29-03-people': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      await db.schema
        .createTable('household')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('household_region_address')
        .on('household')
        .columns(['region_id', 'address'])
        .unique()
        .execute()
      await db.schema
        .createTable('person')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // every large table carries its region so that it can be scoped and distributed by it
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('household_id', 'text', (c) => c.references('household.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('doc_type', 'text', (c) => c.notNull())
        .addColumn('doc_enc', 'text', (c) => c.notNull())
        .addColumn('doc_bidx', 'text', (c) => c.notNull().unique())
        .addColumn('doc_masked', 'text', (c) => c.notNull())
        .addColumn('phone_enc', 'text')
        .addColumn('phone_bidx', 'text')
        .addColumn('phone_masked', 'text')
        .addColumn('sex', 'text')
        .addColumn('birth_date', 'text')
        .addColumn('residence_type', 'text', (c) => c.notNull())
        .addColumn('workplace', 'text')
        .addColumn('key_person', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('person_region').on('person').columns(['region_id', 'name']).execute()
      await db.schema.createIndex('person_name').on('person').column('name').execute()
      await db.schema.createIndex('person_phone').on('person').column('phone_bidx').execute()
      await db.schema.createIndex('person_household').on('person').column('household_id').execute()
    },
  },
  '2026-12-06-11-person-proof': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // 身份核验: staff-entered and imported people are confirmed; the resident entry's own
      // registrations are self_registered until a code, a gate or the community confirms them.
      await db.schema
        .alterTable('person')
        .addColumn('proof', 'text', (c) => c.notNull().defaultTo('confirmed'))
        .execute()
    },
  },
  '2026-12-07-30-people-list-order': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // the list's order (name, id): a page is read off the index, not sorted out of the whole scope
      await db.schema.dropIndex('person_name').execute()
      await db.schema
        .createIndex('person_name_id')
        .on('person')
        .columns(['name', 'id', 'region_id'])
        .execute()
    },
  },
}
