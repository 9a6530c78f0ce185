import { createDayCountTable } from '../../core/day-counts.js'
import { rebuildObservationCounts } from './day-counts.js'
import { sql, type Kysely, type Migration } from 'kysely'
import { floatType, timestampType } from '../../db/columns.js'

export const observationsMigrations: Record<string, Migration> = {
  '2026-12-01-10-observations': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      // 居家医学观察: dates (starts_on, ends_on, released_on) are local YYYY-MM-DD text
      await db.schema
        .createTable('observation')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
        // the person's region when it was opened: scope, counts by community and compound
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('starts_on', 'text', (c) => c.notNull())
        .addColumn('ends_on', 'text', (c) => c.notNull())
        .addColumn('days', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('opened_at', ts, (c) => c.notNull())
        .addColumn('opened_by', 'text')
        .addColumn('released_at', ts)
        .addColumn('released_on', 'text')
        .addColumn('released_by', 'text')
        .addColumn('release_note', 'text')
        .addColumn('updated_at', ts, (c) => c.notNull())
        .execute()
      // one open observation per person, even when two requests race
      await db.schema
        .createIndex('observation_one_open')
        .on('observation')
        .column('person_id')
        .unique()
        .where(sql.ref('status'), '=', 'open')
        .execute()
      await db.schema.createIndex('observation_person').on('observation').column('person_id').execute()
      await db.schema
        .createIndex('observation_region')
        .on('observation')
        .columns(['region_id', 'starts_on'])
        .execute()
      await db.schema.createIndex('observation_released').on('observation').column('released_on').execute()

      // 1+1+1 team; a change closes the current row (to_at) and adds one: the history
      await db.schema
        .createTable('observation_team')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('observation_id', 'text', (c) => c.notNull().references('observation.id'))
        .addColumn('officer_id', 'text', (c) => c.notNull().references('staff_user.id'))
        .addColumn('medic_id', 'text', (c) => c.notNull().references('staff_user.id'))
        .addColumn('worker_id', 'text', (c) => c.notNull().references('staff_user.id'))
        .addColumn('from_at', ts, (c) => c.notNull())
        .addColumn('to_at', ts)
        .addColumn('set_by', 'text')
        .addColumn('reason', 'text')
        .execute()
      await db.schema
        .createIndex('observation_team_obs')
        .on('observation_team')
        .columns(['observation_id', 'to_at'])
        .execute()
      for (const who of ['officer_id', 'medic_id', 'worker_id'])
        await db.schema
          .createIndex(`observation_team_${who}`)
          .on('observation_team')
          .columns([who, 'to_at'])
          .execute()

      await db.schema
        .createTable('observation_reading')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('observation_id', 'text', (c) => c.notNull().references('observation.id'))
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('slot', 'text', (c) => c.notNull())
        .addColumn('temperature', floatType(db), (c) => c.notNull())
        .addColumn('symptoms', 'text', (c) => c.notNull()) // JSON array of words
        .addColumn('taken_by', 'text') // null: reported by the resident
        .addColumn('self_reported', 'integer', (c) => c.notNull())
        .addColumn('taken_at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('observation_reading_slot')
        .on('observation_reading')
        .columns(['observation_id', 'on_date', 'slot'])
        .execute()
      await db.schema
        .createIndex('observation_reading_at')
        .on('observation_reading')
        .columns(['observation_id', 'taken_at'])
        .execute()

      await db.schema
        .createTable('observation_alert')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('observation_id', 'text', (c) => c.notNull().references('observation.id'))
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('on_date', 'text', (c) => c.notNull())
        .addColumn('slot', 'text', (c) => c.notNull())
        .addColumn('reading_id', 'text')
        .addColumn('temperature', floatType(db))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('raised_at', ts, (c) => c.notNull())
        .addColumn('acknowledged_by', 'text')
        .addColumn('acknowledged_at', ts)
        .addColumn('closed_by', 'text')
        .addColumn('closed_at', ts)
        .addColumn('note', 'text')
        .execute()
      // one alert of a kind per slot: the periodic job may run on several servers at once
      await db.schema
        .createIndex('observation_alert_once')
        .on('observation_alert')
        .columns(['observation_id', 'kind', 'on_date', 'slot'])
        .unique()
        .execute()
      await db.schema
        .createIndex('observation_alert_region')
        .on('observation_alert')
        .columns(['region_id', 'status'])
        .execute()

      await db.schema
        .createTable('observation_extension')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('observation_id', 'text', (c) => c.notNull().references('observation.id'))
        .addColumn('from_ends_on', 'text', (c) => c.notNull())
        .addColumn('to_ends_on', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('by_user', 'text')
        .addColumn('at', ts, (c) => c.notNull())
        .execute()
      await db.schema
        .createIndex('observation_extension_obs')
        .on('observation_extension')
        .column('observation_id')
        .execute()

      // the community's supervisor list: they see every alert raised inside it
      await db.schema
        .createTable('observation_supervisor')
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('staff_user.id'))
        .addColumn('added_by', 'text')
        .addColumn('added_at', ts, (c) => c.notNull())
        .addPrimaryKeyConstraint('observation_supervisor_pk', ['region_id', 'user_id'])
        .execute()
      await db.schema
        .createIndex('observation_supervisor_user')
        .on('observation_supervisor')
        .column('user_id')
        .execute()
    },
  },
  '2026-12-07-10-one-alert-per-reading': {
    // A reading with a fever and symptoms raised two alerts (发热 and 出现症状); it now raises
    // one, the symptoms named from the reading. The pairs already stored become one: the fever
    // alert stays, taking the symptoms alert's handling when that one got further (closed, or
    // acknowledged while the fever alert was still open), and the symptoms alert goes.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const pairs = (await db
        .selectFrom('observation_alert as f')
        .innerJoin('observation_alert as s', (j) =>
          j.onRef('s.reading_id', '=', 'f.reading_id').on('s.kind', '=', 'symptoms'),
        )
        .where('f.kind', '=', 'fever')
        .where('f.reading_id', 'is not', null)
        .select([
          'f.id as feverId',
          'f.status as feverStatus',
          's.id as symptomsId',
          's.status as status',
          's.acknowledged_by',
          's.acknowledged_at',
          's.closed_by',
          's.closed_at',
          's.note',
        ])
        .execute()) as {
        feverId: string
        feverStatus: string
        symptomsId: string
        status: string
        acknowledged_by: string | null
        acknowledged_at: string | null
        closed_by: string | null
        closed_at: string | null
        note: string | null
      }[]
      const rank: Record<string, number> = { open: 0, acknowledged: 1, closed: 2 }
      for (const p of pairs) {
        if ((rank[p.status] ?? 0) > (rank[p.feverStatus] ?? 0))
          await db
            .updateTable('observation_alert')
            .set({
              status: p.status,
              acknowledged_by: p.acknowledged_by,
              acknowledged_at: p.acknowledged_at,
              closed_by: p.closed_by,
              closed_at: p.closed_at,
              note: p.note,
            })
            .where('id', '=', p.feverId)
            .execute()
        await db.deleteFrom('observation_alert').where('id', '=', p.symptomsId).execute()
      }
    },
  },
  '2026-12-07-20-observation-day-counts': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await createDayCountTable(db, 'observation_day_count')
      // an upgrade shows the same figures as before, not zeros
      await rebuildObservationCounts(db)
    },
  },
  '2026-12-07-30-observation-list-order': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      // the list's order within a region (starts_on, id), walked region by region in path order
      await db.schema.dropIndex('observation_region').execute()
      await db.schema
        .createIndex('observation_region')
        .on('observation')
        .columns(['region_id', 'starts_on', 'id'])
        .execute()
    },
  },
}
