// 分区统计: the commander's table — the key figures of each street and each community under
// a region (two levels down), so that the district's totals can be read by who carries them.
// Each module counts its own records, as in the situation report.
import type { Db } from '../../db/db.js'
import { endOfDayIso } from '../../shared/days.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope, regionChildren, type Region } from '../regions/index.js'
import { screeningTotals } from '../campaigns/index.js'
import { keyPersonCounts } from '../risk-areas/index.js'
import { alertsPerDay, observationCounts } from '../observations/index.js'
import { passageCounts } from '../passages/index.js'

/** more rows than this are left out (a district has a handful of streets and some dozens of communities) */
const MAX_ROWS = 300

export interface BreakdownRow {
  regionId: string
  name: string
  type: string
  /** the row's parent in the table: null for the first level */
  parentId: string | null
  hasChildren: boolean
  observing: number
  newToday: number
  releasedToday: number
  cumulative: number
  feverAlertsToday: number
  keyPersonsFiled: number
  peopleScreened: number
  passagesToday: number
}

async function rowFor(
  db: Db,
  r: Region & { childCount: number },
  parentId: string | null,
  asOf: string,
  timeZone: string,
): Promise<BreakdownRow> {
  const withinPath = r.path
  const beforeIso = endOfDayIso(asOf, timeZone)
  const [obs, keyPersons, screening, alerts, passages] = await Promise.all([
    observationCounts(db, { asOf, withinPath }),
    keyPersonCounts(db, { beforeIso, withinPath }),
    screeningTotals(db, { asOf: beforeIso, withinPath }),
    alertsPerDay(db, { from: asOf, to: asOf, withinPath }),
    passageCounts(db, { asOf, withinPath, timeZone }),
  ])
  return {
    regionId: r.id,
    name: r.name,
    type: r.type,
    parentId,
    hasChildren: r.childCount > 0,
    observing: obs.current,
    newToday: obs.newToday,
    releasedToday: obs.releasedToday,
    cumulative: obs.cumulative,
    feverAlertsToday: alerts.filter((a) => a.kind === 'fever').reduce((n, a) => n + a.n, 0),
    keyPersonsFiled: keyPersons.filed,
    peopleScreened: screening.peopleScreened,
    passagesToday: passages.today,
  }
}

export async function situationBreakdown(
  db: Db,
  actor: Actor,
  q: { asOf: string; regionId?: string },
  timeZone: string,
) {
  const region = await getRegionInScope(db, actor, q.regionId ?? actor.scopeRegionId)
  const rows: BreakdownRow[] = []
  for (const child of await regionChildren(db, actor, region.id)) {
    if (rows.length >= MAX_ROWS) break
    rows.push(await rowFor(db, child, null, q.asOf, timeZone))
    if (!child.childCount) continue
    for (const grandchild of await regionChildren(db, actor, child.id)) {
      if (rows.length >= MAX_ROWS) break
      rows.push(await rowFor(db, grandchild, child.id, q.asOf, timeZone))
    }
  }
  return { asOf: q.asOf, region: { id: region.id, name: region.name, type: region.type }, rows }
}
