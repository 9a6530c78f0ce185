import { createDayCountTable, createFirstTable } from '../../core/day-counts.js'
import { rebuildScreeningCounts } from './day-counts.js'
import { sql, type Kysely, type Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const campaignsMigrations: Record<string, Migration> = {
  '2026-12-01-30-campaigns': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 排查行动: a building sweep (扫楼) or a phone screening (电话排查) over a region subtree.
      await db.schema
        .createTable('campaign')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('campaign_region')
        .on('campaign')
        .columns(['region_id', 'created_at'])
        .execute()

      // 扫楼清单: one row per household, with its latest outcome; visits keep the history.
      await db.schema
        .createTable('sweep_item')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
        .addColumn('household_id', 'text', (c) => c.notNull().references('household.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('assignee_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('visits', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('last_visit_at', ts)
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('sweep_item_household')
        .on('sweep_item')
        .columns(['campaign_id', 'household_id'])
        .unique()
        .execute()
      await db.schema
        .createIndex('sweep_item_assignee')
        .on('sweep_item')
        .columns(['assignee_id', 'outcome'])
        .execute()
      await db.schema
        .createTable('sweep_visit')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('item_id', 'text', (c) => c.notNull().references('sweep_item.id'))
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('visitor_id', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('sweep_visit_item').on('sweep_visit').columns(['item_id', 'at']).execute()
      // 人人见面: every person seen, for "people screened" as of any date.
      await db.schema
        .createTable('sweep_seen')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('sweep_visit.id'))
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('visitor_id', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema.createIndex('sweep_seen_region').on('sweep_seen').columns(['region_id', 'at']).execute()

      // 号码清单: one row per distinct number of a phone screening; attempts keep the history.
      await db.schema
        .createTable('call_entry')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('phone_enc', 'text', (c) => c.notNull())
        .addColumn('phone_bidx', 'text', (c) => c.notNull())
        .addColumn('phone_masked', 'text', (c) => c.notNull())
        .addColumn('carrier', 'text')
        .addColumn('home_region', 'text')
        .addColumn('arrival', 'text')
        .addColumn('person_id', 'text', (c) => c.references('person.id'))
        .addColumn('assignee_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('last_outcome', 'text')
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('round', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('callback_at', ts)
        .addColumn('row_no', 'integer', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('call_entry_phone')
        .on('call_entry')
        .columns(['campaign_id', 'phone_bidx'])
        .unique()
        .execute()
      await db.schema
        .createIndex('call_entry_assignee')
        .on('call_entry')
        .columns(['campaign_id', 'assignee_id', 'status'])
        .execute()
      await db.schema
        .createTable('call_attempt')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('entry_id', 'text', (c) => c.notNull().references('call_entry.id'))
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('caller_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('call_attempt_entry')
        .on('call_attempt')
        .columns(['entry_id', 'at'])
        .execute()
      await db.schema
        .createIndex('call_attempt_region')
        .on('call_attempt')
        .columns(['region_id', 'at'])
        .execute()

      // 排查发现: travel or symptoms learnt at a door or on the phone; the declaration and
      // key-person filing they lead to are the declarations / risk-areas modules' records.
      await db.schema
        .createTable('screening_finding')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaign.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_id', 'text', (c) => c.notNull())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('person_id', 'text', (c) => c.references('person.id'))
        .addColumn('current_place', 'text')
        .addColumn('from_place', 'text')
        .addColumn('arrival_date', 'text')
        .addColumn('symptoms', 'text')
        .addColumn('note', 'text')
        .addColumn('declaration_id', 'text')
        .addColumn('key_persons', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_by', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('screening_finding_region')
        .on('screening_finding')
        .columns(['region_id', 'at'])
        .execute()
    },
  },
  '2026-12-03-10-call-entry-next': {
    // A caller's next number is the first pending one in list order: with the order in the
    // index it is one seek, not a sort of the caller's whole list at every call.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createIndex('call_entry_next')
        .on('call_entry')
        .columns(['campaign_id', 'assignee_id', 'status', 'round', 'row_no'])
        .execute()
      await db.schema.dropIndex('call_entry_assignee').execute()
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema
        .createIndex('call_entry_assignee')
        .on('call_entry')
        .columns(['campaign_id', 'assignee_id', 'status'])
        .execute()
      await db.schema.dropIndex('call_entry_next').execute()
    },
  },
  '2026-12-04-10-sweep-item-address': {
    // The checklist lists and sorts by address: a copy on the item (a household's address never
    // changes) keeps the list's query on this module's own tables, not the registry's.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('sweep_item')
        .addColumn('address', 'text', (c) => c.notNull().defaultTo(''))
        .execute()
      await sql`update sweep_item set address = (select h.address from household h where h.id = sweep_item.household_id)`.execute(
        db,
      )
    },
  },
  '2026-12-07-20-screening-day-counts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await createFirstTable(db, 'screening_first')
      await createDayCountTable(db, 'screening_day_count')
      // a person's or number's earliest screening, looked up on every visit and call
      await db.schema.createIndex('sweep_seen_person').on('sweep_seen').columns(['person_id', 'at']).execute()
      await db.schema.createIndex('call_entry_person').on('call_entry').column('person_id').execute()
      await db.schema.createIndex('call_entry_bidx').on('call_entry').column('phone_bidx').execute()
      // an upgrade shows the same figures as before, not zeros
      await rebuildScreeningCounts(db)
    },
  },
  '2026-12-07-30-sweep-item-list-order': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // the list's order within a region (address), walked region by region in path order
      await db.schema
        .createIndex('sweep_item_region_address')
        .on('sweep_item')
        .columns(['campaign_id', 'region_id', 'address'])
        .execute()
    },
  },
}
