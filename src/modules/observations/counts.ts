// 观察统计 counts as of any date, computed from the records themselves (start and release
// dates), so a past date always gives the same figures whatever was written later about
// later days. Source case, 5 March 2020: cumulative 2,956, released 2,654, still 302.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

export interface ObservationCounts {
  /** 累计观察 */
  cumulative: number
  /** 累计解除 */
  released: number
  /** 仍在观察 */
  current: number
  /** 当日新增 */
  newToday: number
  /** 当日解除 */
  releasedToday: number
}

export interface RegionCounts extends ObservationCounts {
  regionId: string
  name: string
}

const zero = (): ObservationCounts => ({
  cumulative: 0,
  released: 0,
  current: 0,
  newToday: 0,
  releasedToday: 0,
})

const KEYS = Object.keys(zero()) as (keyof ObservationCounts)[]

function add(into: ObservationCounts, c: ObservationCounts) {
  for (const k of KEYS) into[k] += c[k]
}

const COMMUNITY = new Set(['community', 'village'])
const COMPOUND = new Set(['compound', 'natural_village'])

/** Counts inside the subtree at `withinPath`, as of the local date `asOf` (YYYY-MM-DD). */
export async function observationCounts(db: Db, q: { asOf: string; withinPath: string }) {
  const { asOf } = q
  const started = sql.ref('o.starts_on')
  const releasedOn = sql.ref('o.released_on')
  const rows = await db
    .selectFrom('observation as o')
    .innerJoin('region as r', 'r.id', 'o.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('o.starts_on', '<=', asOf)
    .select([
      'r.path',
      sql<number>`count(*)`.as('cumulative'),
      sql<number>`sum(case when ${releasedOn} <= ${asOf} then 1 else 0 end)`.as('released'),
      sql<number>`sum(case when ${started} = ${asOf} then 1 else 0 end)`.as('new_today'),
      sql<number>`sum(case when ${releasedOn} = ${asOf} then 1 else 0 end)`.as('released_today'),
    ])
    .groupBy('r.path')
    .execute()

  const ancestorIds = [...new Set(rows.flatMap((r) => r.path.split('/').filter(Boolean)))]
  const regions = ancestorIds.length
    ? await db
        .selectFrom('region')
        .select(['id', 'name', 'type', 'path'])
        .where('id', 'in', ancestorIds)
        .where('path', '>=', q.withinPath)
        .execute()
    : []
  const byId = new Map(regions.map((r) => [r.id, r]))
  const total = zero()
  const communities = new Map<string, RegionCounts>()
  const compounds = new Map<string, RegionCounts>()
  for (const row of rows) {
    const c: ObservationCounts = {
      cumulative: Number(row.cumulative),
      released: Number(row.released ?? 0),
      current: Number(row.cumulative) - Number(row.released ?? 0),
      newToday: Number(row.new_today ?? 0),
      releasedToday: Number(row.released_today ?? 0),
    }
    add(total, c)
    for (const id of row.path.split('/').filter(Boolean)) {
      const region = byId.get(id)
      if (!region || !region.path.startsWith(q.withinPath)) continue
      const into = COMMUNITY.has(region.type)
        ? communities
        : COMPOUND.has(region.type)
          ? compounds
          : undefined
      if (!into) continue
      if (!into.has(id)) into.set(id, { regionId: id, name: region.name, ...zero() })
      add(into.get(id)!, c)
    }
  }
  const sorted = (m: Map<string, RegionCounts>) =>
    [...m.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  return { asOf, ...total, communities: sorted(communities), compounds: sorted(compounds) }
}
