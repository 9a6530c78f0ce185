import { sql, type Kysely, type Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const enterprisesMigrations: Record<string, Migration> = {
  '2026-12-01-31-enterprises': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 复工企业: a re-opening enterprise and the liaison account that speaks for it.
      await db.schema
        .createTable('enterprise')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('address', 'text', (c) => c.notNull())
        .addColumn('liaison_id', 'text', (c) => c.references('staff_user.id'))
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('enterprise_region')
        .on('enterprise')
        .columns(['region_id', 'name'])
        .execute()
      await db.schema.createIndex('enterprise_liaison').on('enterprise').column('liaison_id').execute()
      // 新员工: a registry person hired by the enterprise; last_colour is what alerts compare with.
      await db.schema
        .createTable('enterprise_hire')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprise.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        .addColumn('last_colour', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('enterprise_hire_person')
        .on('enterprise_hire')
        .columns(['enterprise_id', 'person_id'])
        .unique()
        .execute()
      await db.schema
        .createIndex('enterprise_hire_by_person')
        .on('enterprise_hire')
        .column('person_id')
        .execute()
      // 预警: a hire turned yellow or red; both the liaison and the community see it.
      await db.schema
        .createTable('enterprise_alert')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('enterprise_id', 'text', (c) => c.notNull().references('enterprise.id'))
        .addColumn('hire_id', 'text', (c) => c.notNull().references('enterprise_hire.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('colour', 'text', (c) => c.notNull())
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('enterprise_alert_enterprise')
        .on('enterprise_alert')
        .columns(['enterprise_id', 'at'])
        .execute()
    },
  },
  '2026-12-06-6-enterprise-hire-link': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // A hire living outside the enterprise's region subtree is linked only once the person's
      // community accepts (待确认 pending → linked, or refused); until then the enterprise sees
      // only what the liaison typed (entered_name), never the registry.
      await db.schema
        .alterTable('enterprise_hire')
        .addColumn('link', 'text', (c) => c.notNull().defaultTo('linked'))
        .execute()
      await db.schema.alterTable('enterprise_hire').addColumn('entered_name', 'text').execute()
      await db.schema.alterTable('enterprise_hire').addColumn('decided_by', 'text').execute()
      await db.schema.alterTable('enterprise_hire').addColumn('decided_at', ts).execute()
      // Links made before this rule to people outside the enterprise's subtree wait for their
      // community like new ones.
      await sql`
        update enterprise_hire set link = 'pending'
        where id in (
          select h.id from enterprise_hire h
          join enterprise e on e.id = h.enterprise_id
          join region er on er.id = e.region_id
          join person p on p.id = h.person_id
          join region pr on pr.id = p.region_id
          where substr(pr.path, 1, length(er.path)) <> er.path
        )`.execute(db)
      await db.schema
        .createIndex('enterprise_hire_link')
        .on('enterprise_hire')
        .columns(['link', 'created_at'])
        .execute()
    },
  },
}
