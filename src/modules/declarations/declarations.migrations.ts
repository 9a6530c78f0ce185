import type { Kysely, Migration } from 'kysely'
import { floatType, timestampType } from '../../db/columns.js'

export const declarationsMigrations: Record<string, Migration> = {
  '2026-11-30-52-declarations': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 健康申报: every declaration is kept; the newest one is the person's current state.
      await db.schema
        .createTable('declaration')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text')
        .addColumn('from_place', 'text')
        .addColumn('arrival_date', 'text')
        .addColumn('symptoms', 'text', (c) => c.notNull())
        .addColumn('temperature', floatType(db))
        .addColumn('contact_with_cases', 'integer', (c) => c.notNull())
        .addColumn('staff_id', 'text')
        .addColumn('declared_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('declaration_person')
        .on('declaration')
        .columns(['person_id', 'declared_at'])
        .execute()
      await db.schema
        .createIndex('declaration_region')
        .on('declaration')
        .columns(['region_id', 'declared_at'])
        .execute()
    },
  },
  '2026-12-06-13-identity-claims': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 身份争议: someone declared with a number on file under another name or phone and no
      // code; community staff decide. The claimant's phone is sealed like every phone.
      await db.schema
        .createTable('identity_claim')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone_enc', 'text', (c) => c.notNull())
        .addColumn('phone_masked', 'text', (c) => c.notNull())
        .addColumn('place_code', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('resolved_by', 'text')
        .addColumn('resolved_at', ts)
        .execute()
      await db.schema
        .createIndex('identity_claim_region')
        .on('identity_claim')
        .columns(['region_id', 'status', 'created_at'])
        .execute()
    },
  },
  '2026-12-07-30-declaration-list-order': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // the list's order (newest first, then id): a page is read off the index, not sorted
      await db.schema
        .createIndex('declaration_declared_id')
        .on('declaration')
        .columns(['declared_at desc', 'id', 'region_id'])
        .execute()
    },
  },
}
