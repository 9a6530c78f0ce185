// 趋势: per-day counts for the situation report's charts, read from the records (start,
// release and alert dates are local days already), inside a region subtree.
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import type { AlertKind } from './alerts.queries.js'

export interface DayRange {
  /** first local day, YYYY-MM-DD */
  from: string
  /** last local day, inclusive */
  to: string
  withinPath: string
}

/** 每日新增与解除: observations started and released on each day of the range. */
export async function observationsPerDay(db: Db, q: DayRange) {
  const inSubtree = db
    .selectFrom('observation as o')
    .innerJoin('region as r', 'r.id', 'o.region_id')
    .where(withinSubtree('r.path', q.withinPath))
  const [started, released] = await Promise.all([
    inSubtree
      .where('o.starts_on', '>=', q.from)
      .where('o.starts_on', '<=', q.to)
      .select(['o.starts_on as day', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('o.starts_on')
      .execute(),
    inSubtree
      .where('o.released_on', '>=', q.from)
      .where('o.released_on', '<=', q.to)
      .select(['o.released_on as day', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('o.released_on')
      .execute(),
  ])
  const byDay = (rows: { day: string | null; n: number }[]) =>
    new Map(rows.map((r) => [r.day as string, Number(r.n)]))
  return { started: byDay(started), released: byDay(released) }
}

/** 每日预警: alerts raised for each day of the range, by kind (fever, symptoms, missed slot). */
export async function alertsPerDay(db: Db, q: DayRange) {
  const rows = await db
    .selectFrom('observation_alert as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('a.on_date', '>=', q.from)
    .where('a.on_date', '<=', q.to)
    .select(['a.on_date as day', 'a.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy(['a.on_date', 'a.kind'])
    .execute()
  return rows.map((r) => ({ day: r.day, kind: r.kind as AlertKind, n: Number(r.n) }))
}
