// 覆盖率: how much of a sweep's checklist is done, per building, compound, community, grid
// team (the team owning the household) or assignee. A household counts as covered once visited; "nobody home" waits for a revisit.
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { householdTeamResolver } from '../staff/index.js'
import type { SweepState } from './campaigns.queries.js'
import { getCampaignInScope, workingPath } from './campaigns.service.js'
import { groupBy, levelResolver, type Level } from './rollup.js'
import { staffNames } from './staff-names.js'
import { sweepItemsWithin } from './sweeps.queries.js'

export type CoverageBy = Level | 'team' | 'assignee'

export interface CoverageRow {
  key: string | null
  name: string | null
  total: number
  visited: number
  nobodyHome: number
  refused: number
  pending: number
  /** visited / total, 0..1 */
  coverage: number
}

function tally(key: string | null, name: string | null, states: SweepState[]): CoverageRow {
  const count = (s: SweepState) => states.filter((x) => x === s).length
  const visited = count('visited')
  return {
    key,
    name,
    total: states.length,
    visited,
    nobodyHome: count('nobody_home'),
    refused: count('refused'),
    pending: count('pending'),
    coverage: states.length ? Math.round((visited / states.length) * 1000) / 1000 : 0,
  }
}

type ItemRow = Awaited<ReturnType<typeof sweepItemsWithin>>[number]

async function groupItems(db: Db, items: ItemRow[], within: string, by: CoverageBy) {
  if (by === 'assignee') {
    const names = await staffNames(
      db,
      items.map((i) => i.assignee_id),
    )
    return groupBy(items, (i) => ({
      key: i.assignee_id,
      label: i.assignee_id ? (names.get(i.assignee_id) ?? null) : null,
    }))
  }
  if (by === 'team') {
    const teamOf = await householdTeamResolver(db, within)
    return groupBy(items, (i) => {
      const team = teamOf(i.household_id, i.region_path)
      return { key: team?.id ?? null, label: team?.name ?? null }
    })
  }
  const resolve = await levelResolver(db, within, by)
  return groupBy(items, (i) => {
    const b = resolve(i.region_path)
    return { key: b.regionId, label: b.name }
  })
}

export async function sweepCoverage(db: Db, actor: Actor, campaignId: string, by: CoverageBy) {
  const c = await getCampaignInScope(db, actor, campaignId, 'sweep')
  const within = workingPath(actor, c)
  const items = await sweepItemsWithin(db, c.id, within)
  const groups = await groupItems(db, items, within, by)
  const rows = [...groups.entries()].map(([key, g]) =>
    tally(
      key,
      g.label,
      g.rows.map((r) => r.outcome),
    ),
  )
  rows.sort((a, b) => (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff', 'zh'))
  return {
    campaignId: c.id,
    by,
    total: tally(
      null,
      null,
      items.map((i) => i.outcome),
    ),
    rows,
  }
}
