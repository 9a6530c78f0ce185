// 社工服务 per day per community (src/core/day-counts.ts): service records and the people
// they reached, by channel. Kept with each record and its deletion; rebuilt from the records.
import type { Db } from '../../db/db.js'
import { addDayCounts, replaceDayCounts, sumDayCounts } from '../../core/day-counts.js'
import { SERVICE_CHANNELS, type ServiceChannel } from './social-work.queries.js'

const TABLE = 'sw_day_count'

interface Service {
  region_id: string
  on_date: string
  channel: string
  beneficiaries: number
}

const rowsOf = (s: Service, sign: 1 | -1, records = 1) => [
  { day: s.on_date, regionId: s.region_id, kind: `records:${s.channel}`, n: sign * records },
  { day: s.on_date, regionId: s.region_id, kind: `people:${s.channel}`, n: sign * Number(s.beneficiaries) },
]

/** After a record is added (+1) or deleted (-1). */
export const countService = (db: Db, s: Service, sign: 1 | -1) => addDayCounts(db, TABLE, rowsOf(s, sign))

export async function rebuildSocialWorkCounts(db: Db): Promise<void> {
  const rows = await db
    .selectFrom('sw_service')
    .select([
      'region_id',
      'on_date',
      'channel',
      (eb) => eb.fn.countAll<number>().as('records'),
      (eb) => eb.fn.sum<number>('beneficiaries').as('beneficiaries'),
    ])
    .groupBy(['region_id', 'on_date', 'channel'])
    .execute()
  await replaceDayCounts(
    db,
    TABLE,
    rows.flatMap((r) => rowsOf(r, 1, Number(r.records))),
  )
}

/** People served by channel, from the day counts (a region at or above community level). */
export async function socialWorkDayTotals(db: Db, q: { asOf: string; withinPath: string }) {
  const { upTo } = await sumDayCounts(db, TABLE, q)
  const people = Object.fromEntries(SERVICE_CHANNELS.map((c) => [c, upTo[`people:${c}`] ?? 0])) as Record<
    ServiceChannel,
    number
  >
  return { ...people, beneficiaries: SERVICE_CHANNELS.reduce((n, c) => n + people[c], 0) }
}
