// 每小时出入: the hourly counters of every checkpoint inside a subtree, summed per hour of
// one local day. Counters are kept per UTC hour, which is one local hour in any zone whose
// offset is whole hours (Asia/Shanghai); a half-hour zone would show them shifted.
import type { Db } from '../../db/db.js'
import { checkpointIdsWithin } from '../checkpoints/index.js'
import { addDays, dayStart, iso, localDate, localHour } from '../../shared/days.js'

export interface HourCounts {
  /** local hour of the day, 0–23 */
  hour: number
  in: number
  out: number
  total: number
}

export async function passagesPerHour(db: Db, q: { date: string; withinPath: string; timeZone: string }) {
  const rows = await db
    .selectFrom('passage_hourly')
    .where('checkpoint_id', 'in', checkpointIdsWithin(db, q.withinPath))
    .where('hour', '>=', iso(dayStart(q.date, q.timeZone)))
    .where('hour', '<', iso(dayStart(addDays(q.date, 1), q.timeZone)))
    .select([
      'hour',
      (eb) => eb.fn.sum<number>('ins').as('ins'),
      (eb) => eb.fn.sum<number>('outs').as('outs'),
      (eb) => eb.fn.sum<number>('total').as('total'),
    ])
    .groupBy('hour')
    .execute()
  const hours: HourCounts[] = Array.from({ length: 24 }, (_, hour) => ({ hour, in: 0, out: 0, total: 0 }))
  for (const r of rows) {
    const h = hours[Math.floor(localHour(Date.parse(r.hour), q.timeZone)) % 24]
    h.in += Number(r.ins)
    h.out += Number(r.outs)
    h.total += Number(r.total)
  }
  return hours
}

export interface DayCounts {
  in: number
  out: number
  total: number
  fevers: number
  denied: number
}

/**
 * 每日出入: the counters summed per local day over [from, to]. They outlive the passages
 * themselves (retention deletes rows, not counters), so a past day's figures never change.
 */
export async function passagesPerDay(
  db: Db,
  q: { from: string; to: string; withinPath: string; timeZone: string },
): Promise<Map<string, DayCounts>> {
  const rows = await db
    .selectFrom('passage_hourly')
    .where('checkpoint_id', 'in', checkpointIdsWithin(db, q.withinPath))
    .where('hour', '>=', iso(dayStart(q.from, q.timeZone)))
    .where('hour', '<', iso(dayStart(addDays(q.to, 1), q.timeZone)))
    .select([
      'hour',
      (eb) => eb.fn.sum<number>('ins').as('ins'),
      (eb) => eb.fn.sum<number>('outs').as('outs'),
      (eb) => eb.fn.sum<number>('total').as('total'),
      (eb) => eb.fn.sum<number>('fevers').as('fevers'),
      (eb) => eb.fn.sum<number>('denied').as('denied'),
    ])
    .groupBy('hour')
    .execute()
  const days = new Map<string, DayCounts>()
  for (const r of rows) {
    const date = localDate(Date.parse(r.hour), q.timeZone)
    const d = days.get(date) ?? { in: 0, out: 0, total: 0, fevers: 0, denied: 0 }
    d.in += Number(r.ins)
    d.out += Number(r.outs)
    d.total += Number(r.total)
    d.fevers += Number(r.fevers)
    d.denied += Number(r.denied)
    days.set(date, d)
  }
  return days
}
