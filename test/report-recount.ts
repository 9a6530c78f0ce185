// The situation report's maintained figures, recounted from the records in plain SQL (no
// day counts, no firsts tables): what the report tests compare against on both databases.
// Distinct figures count each key once, on its earliest record and in that record's region
// (so communities add up to their street), as src/core/day-counts.ts does.
import { sql } from 'kysely'
import type { Db } from '../src/db/db.js'
import { endOfDayIso } from '../src/shared/days.js'
import type { SituationReport } from '../src/modules/reports/index.js'

const inside = (path: string, column = 'r.path') =>
  sql`${sql.ref(column)} >= ${path} and ${sql.ref(column)} < ${path + '~'}`

async function one(db: Db, query: ReturnType<typeof sql>): Promise<number> {
  const { rows } = await sql<{ n: number | string | null }>`${query}`.execute(db)
  return Number(rows[0]?.n ?? 0)
}

/** Earliest record per key (by day, instant, region id), then counted where and when it lies. */
const firsts = (records: ReturnType<typeof sql>, before: ReturnType<typeof sql>, path: string) => sql`
  select count(*) as n from (
    select key, at, day, region_id, row_number() over (partition by key order by day, at, region_id) as rn
    from (${records}) as rec) as f
  join region r on r.id = f.region_id
  where f.rn = 1 and ${inside(path)} and ${before}`

export async function recount(db: Db, asOf: string, path: string, timeZone: string) {
  const end = endOfDayIso(asOf, timeZone)
  const noDay = sql`cast(null as text)`
  const byInstant = sql`f.at < ${end}`
  const screened = sql`
    select 'person:' || person_id as key, at, ${noDay} as day, region_id from sweep_seen
    union all
    select case when e.person_id is null then 'number:' || coalesce(e.phone_bidx, '')
        else 'person:' || e.person_id end, a.at, ${noDay}, a.region_id
      from call_attempt a join call_entry e on e.id = a.entry_id where a.outcome = 'reached'`
  const called = (reachedOnly: boolean) => sql`
    select entry_id as key, at, ${noDay} as day, region_id from call_attempt
    ${reachedOnly ? sql`where outcome = 'reached'` : sql``}`
  const filed = sql`select person_id as key, filed_at as at, ${noDay} as day, region_id from key_person`
  const households = sql`select household_id as key, done_at as at, done_on as day, region_id from care_fulfilment`
  const obs = (cond: ReturnType<typeof sql>) =>
    one(
      db,
      sql`select count(*) as n from observation o join region r on r.id = o.region_id
      where ${inside(path)} and ${cond}`,
    )
  const people = (channel: string) =>
    one(
      db,
      sql`select sum(s.beneficiaries) as n from sw_service s join region r on r.id = s.region_id
      where ${inside(path)} and s.on_date <= ${asOf} and s.channel = ${channel}`,
    )
  const cumulative = await obs(sql`o.starts_on <= ${asOf}`)
  const released = await obs(sql`o.released_on <= ${asOf}`)
  const offline = await people('offline')
  const phone = await people('phone')
  const online = await people('online')
  return {
    peopleScreened: await one(db, firsts(screened, byInstant, path)),
    phoneNumbersScreened: await one(db, firsts(called(false), byInstant, path)),
    phoneNumbersReached: await one(db, firsts(called(true), byInstant, path)),
    keyPersonsFiled: await one(db, firsts(filed, byInstant, path)),
    observation: {
      cumulative,
      released,
      current: cumulative - released,
      newToday: await obs(sql`o.starts_on = ${asOf}`),
      releasedToday: await obs(sql`o.released_on = ${asOf}`),
    },
    care: {
      households: await one(db, firsts(households, sql`f.day <= ${asOf}`, path)),
      times: await one(
        db,
        sql`select count(*) as n from care_fulfilment f join region r on r.id = f.region_id
          where ${inside(path)} and f.done_on <= ${asOf}`,
      ),
    },
    socialWork: { offline, phone, online, beneficiaries: offline + phone + online },
  }
}

/** The same figures picked out of a situation report. */
export const maintainedFigures = (r: SituationReport): Awaited<ReturnType<typeof recount>> => ({
  peopleScreened: r.peopleScreened,
  phoneNumbersScreened: r.phoneNumbersScreened,
  phoneNumbersReached: r.phoneNumbersReached,
  keyPersonsFiled: r.keyPersonsFiled,
  observation: r.observation,
  care: r.care,
  socialWork: r.socialWork,
})
