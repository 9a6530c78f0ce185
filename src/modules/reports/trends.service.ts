// 态势趋势: what the situation report's charts draw, for a region the actor may see —
// observations started and released per day, alerts per day by kind, checkpoint
// passages per day (from the hourly counters, which outlive the passages) and per
// hour of the as-of day. Each module computes its own part from its records.
import type { Db } from '../../db/db.js'
import { addDays } from '../../shared/days.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { alertsPerDay, observationsPerDay } from '../observations/index.js'
import { passagesPerDay, passagesPerHour } from '../passages/index.js'

type AlertKind = Awaited<ReturnType<typeof alertsPerDay>>[number]['kind']
/** An alert kind as a camelCase JSON key (the kinds themselves are stored as they are). */
const ALERT_KEY = {
  fever: 'fever',
  symptoms: 'symptoms',
  missed_slot: 'missedSlot',
} as const satisfies Record<AlertKind, string>

export interface TrendsQuery {
  asOf: string
  regionId?: string
  /** how many days up to and including asOf */
  days: number
}

export async function situationTrends(db: Db, actor: Actor, q: TrendsQuery, timeZone: string) {
  const region = await getRegionInScope(db, actor, q.regionId ?? actor.scopeRegionId)
  const range = { from: addDays(q.asOf, 1 - q.days), to: q.asOf, withinPath: region.path }
  const [observations, alerts, hours, passages] = await Promise.all([
    observationsPerDay(db, range),
    alertsPerDay(db, range),
    passagesPerHour(db, { date: q.asOf, withinPath: region.path, timeZone }),
    passagesPerDay(db, { ...range, timeZone }),
  ])
  const days = Array.from({ length: q.days }, (_, i) => {
    const date = addDays(range.from, i)
    return {
      date,
      observationsStarted: observations.started.get(date) ?? 0,
      observationsReleased: observations.released.get(date) ?? 0,
      alerts: { fever: 0, symptoms: 0, missedSlot: 0 },
      passages: passages.get(date) ?? { in: 0, out: 0, total: 0, fevers: 0, denied: 0 },
    }
  })
  const byDate = new Map(days.map((d) => [d.date, d]))
  for (const a of alerts) {
    const day = byDate.get(a.day)
    if (day) day.alerts[ALERT_KEY[a.kind]] += a.n
  }
  return {
    asOf: q.asOf,
    from: range.from,
    region: { id: region.id, name: region.name, type: region.type },
    days,
    passagesByHour: hours,
  }
}
