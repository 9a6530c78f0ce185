// 卡点通行 per checkpoint per UTC day, so that the situation report sums days, not hours
// (10 M passages make ~1.5 M hourly rows in a district). Kept by triggers on the hourly
// counters, in the same transaction as every counter write, whatever writes them: the ingest
// path stays as it is. The report adds the hours of the UTC days its local day overlaps.
import { sql, type Kysely, type Migration } from 'kysely'
import { dialectOf, type Db } from '../../db/db.js'
import { checkpointIdsWithin } from '../checkpoints/index.js'
import { addDays, dayStart, iso } from '../../shared/days.js'

export interface DailyTable {
  checkpoint_id: string
  /** the UTC day, YYYY-MM-DD */
  day: string
  total: number
  fevers: number
  denied: number
}

declare module '../../db/db.js' {
  interface Tables {
    passage_daily: DailyTable
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

const COUNTS = ['total', 'fevers', 'denied'] as const

/** One signed upsert of a counter row's figures into its day (`row` is new or old). */
const apply = (row: 'new' | 'old', sign: '' | '-') =>
  `insert into passage_daily (checkpoint_id, day, ${COUNTS.join(', ')})
    values (${row}.checkpoint_id, substr(${row}.hour, 1, 10), ${COUNTS.map((c) => `${sign}${row}.${c}`).join(', ')})
    on conflict (checkpoint_id, day) do update set
      ${COUNTS.map((c) => `${c} = passage_daily.${c} + excluded.${c}`).join(', ')}`

async function createTriggers(db: AnyDb) {
  if (dialectOf(db) === 'postgres') {
    await sql
      .raw(
        `create function passage_daily_apply() returns trigger language plpgsql as $$
        begin
          if tg_op in ('UPDATE', 'DELETE') then ${apply('old', '-')}; end if;
          if tg_op in ('INSERT', 'UPDATE') then ${apply('new', '')}; end if;
          return null;
        end $$`,
      )
      .execute(db)
    await sql
      .raw(
        `create trigger passage_hourly_daily after insert or update or delete on passage_hourly
          for each row execute function passage_daily_apply()`,
      )
      .execute(db)
    return
  }
  await sql
    .raw(
      `create trigger passage_hourly_daily_ins after insert on passage_hourly begin ${apply('new', '')}; end`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger passage_hourly_daily_upd after update on passage_hourly begin ${apply('old', '-')}; ${apply('new', '')}; end`,
    )
    .execute(db)
  await sql
    .raw(
      `create trigger passage_hourly_daily_del after delete on passage_hourly begin ${apply('old', '-')}; end`,
    )
    .execute(db)
}

/** `lianfang report rebuild-counts`: the days again from the hourly counters. */
export async function rebuildPassageDaily(db: Db): Promise<void> {
  await sql`delete from passage_daily`.execute(db)
  await sql`insert into passage_daily (checkpoint_id, day, total, fevers, denied)
    select checkpoint_id, substr(hour, 1, 10), sum(total), sum(fevers), sum(denied)
    from passage_hourly group by checkpoint_id, substr(hour, 1, 10)`.execute(db)
}

export const passageDailyMigrations: Record<string, Migration> = {
  '2026-12-07-21-passage-daily': {
    async up(db: AnyDb) {
      await db.schema
        .createTable('passage_daily')
        .addColumn('checkpoint_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('total', 'integer', (c) => c.notNull())
        .addColumn('fevers', 'integer', (c) => c.notNull())
        .addColumn('denied', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('passage_daily_pk', ['checkpoint_id', 'day'])
        .execute()
      // the asked day's hours across a district's checkpoints: one range, not a descent per checkpoint
      await db.schema.createIndex('passage_hourly_hour').on('passage_hourly').column('hour').execute()
      await createTriggers(db)
      await rebuildPassageDaily(db)
    },
  },
}

/** 卡点通行 for the situation report: all passages up to the end of `asOf`, and that day's. */
export async function passageCounts(db: Db, q: { asOf: string; withinPath: string; timeZone: string }) {
  const start = iso(dayStart(q.asOf, q.timeZone))
  const end = iso(dayStart(addDays(q.asOf, 1), q.timeZone))
  // whole UTC days before the one the local day ends in, then its hours; the day itself by hour
  const cutDay = end.slice(0, 10)
  const cut = `${cutDay}T00:00:00.000Z`
  const within = checkpointIdsWithin(db, q.withinPath)
  const [days, hours] = await Promise.all([
    db
      .selectFrom('passage_daily')
      .where('checkpoint_id', 'in', within)
      .where('day', '<', cutDay)
      .select((eb) => [
        eb.fn.coalesce(eb.fn.sum<number>('total'), eb.lit(0)).as('total'),
        eb.fn.coalesce(eb.fn.sum<number>('fevers'), eb.lit(0)).as('fevers'),
        eb.fn.coalesce(eb.fn.sum<number>('denied'), eb.lit(0)).as('denied'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('passage_hourly')
      .where('checkpoint_id', 'in', within)
      .where('hour', '>=', start < cut ? start : cut)
      .where('hour', '<', end)
      .select([
        sql<number>`coalesce(sum(case when hour >= ${cut} then total else 0 end), 0)`.as('total'),
        sql<number>`coalesce(sum(case when hour >= ${cut} then fevers else 0 end), 0)`.as('fevers'),
        sql<number>`coalesce(sum(case when hour >= ${cut} then denied else 0 end), 0)`.as('denied'),
        sql<number>`coalesce(sum(case when hour >= ${start} then total else 0 end), 0)`.as('today'),
      ])
      .executeTakeFirstOrThrow(),
  ])
  return {
    total: Number(days.total) + Number(hours.total),
    today: Number(hours.today),
    fevers: Number(days.fevers) + Number(hours.fevers),
    denied: Number(days.denied) + Number(hours.denied),
  }
}
