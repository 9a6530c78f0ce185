import { sql, type Kysely, type Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const staffMigrations: Record<string, Migration> = {
  '2026-11-29-20-staff': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      await db.schema
        .createTable('staff_member')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('unit', 'text')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_masked', 'text')
        .addColumn('user_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('joined_on', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('staff_member_region')
        .on('staff_member')
        .columns(['region_id', 'kind'])
        .execute()
      await db.schema
        .createTable('team')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createTable('team_member')
        .addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
        .addColumn('staff_member_id', 'text', (c) => c.notNull().references('staff_member.id'))
        .addPrimaryKeyConstraint('team_member_pk', ['team_id', 'staff_member_id'])
        .execute()
      // 百户固定法: a team owns compounds or buildings (and so their households)
      await db.schema
        .createTable('team_area')
        .addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addPrimaryKeyConstraint('team_area_pk', ['team_id', 'region_id'])
        .execute()
    },
  },
  '2026-11-29-33-team-households': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // 百户固定法 at household level: a team may own single households besides whole compounds
      await db.schema
        .createTable('team_household')
        .addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
        .addColumn('household_id', 'text', (c) => c.notNull().references('household.id'))
        .addPrimaryKeyConstraint('team_household_pk', ['team_id', 'household_id'])
        .execute()
      await db.schema.createIndex('team_member_staff').on('team_member').column('staff_member_id').execute()
    },
  },
  '2026-12-04-11-team-household-region': {
    // A team's own households carry their region (a household never changes region), so "the
    // teams owning households of this subtree" is a query on this module's tables and the tree.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .alterTable('team_household')
        .addColumn('region_id', 'text', (c) => c.references('region.id'))
        .execute()
      await sql`update team_household set region_id = (select h.region_id from household h where h.id = team_household.household_id)`.execute(
        db,
      )
    },
  },
}
