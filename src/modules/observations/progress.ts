// 辖区测温进度 today's rounds across a whole scope: how many people are under observation,
// how many have had the morning and the afternoon reading, how many alerts wait. The admin's
// and the community worker's view of the rounds, which they do not walk themselves.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { now } from '../../core/clock.js'
import { withinSubtree } from '../../core/subtree.js'
import { localDate } from '../../shared/days.js'
import { getRegionInScope } from '../regions/index.js'
import { DEFAULT_SETTINGS, slotAt, type ObservationSettings } from './settings.js'

export interface RoundsProgress {
  date: string
  /** the slot under way now: 'am' or 'pm' */
  slot: string
  /** open observations begun by today */
  underObservation: number
  amTaken: number
  pmTaken: number
  /** readings still to take in the slot under way */
  dueNow: number
  /** alerts not yet closed */
  activeAlerts: number
}

export async function roundsProgress(
  db: Db,
  actor: Actor,
  q: { regionId?: string },
  s: ObservationSettings = DEFAULT_SETTINGS,
): Promise<RoundsProgress> {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const at = now()
  const date = localDate(at, s.timeZone)
  const slot = slotAt(at, s).slot
  const taken = (which: 'am' | 'pm') =>
    sql<number>`sum(case when exists (select 1 from observation_reading rd where rd.observation_id = o.id and rd.on_date = ${date} and rd.slot = ${which}) then 1 else 0 end)`
  const row = await db
    .selectFrom('observation as o')
    .innerJoin('region as r', 'r.id', 'o.region_id')
    .where(withinSubtree('r.path', within))
    .where('o.status', '=', 'open')
    .where('o.starts_on', '<=', date)
    .select([sql<number>`count(*)`.as('n'), taken('am').as('am'), taken('pm').as('pm')])
    .executeTakeFirst()
  const alerts = await db
    .selectFrom('observation_alert as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .where(withinSubtree('r.path', within))
    .where('a.status', '!=', 'closed')
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst()
  const underObservation = Number(row?.n ?? 0)
  const amTaken = Number(row?.am ?? 0)
  const pmTaken = Number(row?.pm ?? 0)
  return {
    date,
    slot,
    underObservation,
    amTaken,
    pmTaken,
    dueNow: underObservation - (slot === 'am' ? amTaken : pmTaken),
    activeAlerts: Number(alerts?.n ?? 0),
  }
}
