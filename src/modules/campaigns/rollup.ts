// Rolls records up the region tree: "coverage per building / compound / community" asks,
// for each record's region, which ancestor of that level it lies under.
import type { Db } from '../../db/db.js'
import { listAncestors } from '../regions/index.js'
import type { RegionType } from '../regions/index.js'
import { regionsWithin } from './campaigns.queries.js'

export type Level = 'building' | 'compound' | 'community'

// Villages and natural villages stand where communities and compounds do in the countryside.
export const LEVEL_TYPES: Record<Level, RegionType[]> = {
  building: ['building'],
  compound: ['compound', 'natural_village'],
  community: ['community', 'village'],
}

export interface Bucket {
  regionId: string | null
  name: string | null
}

/** A function from a region path to its ancestor (or itself) at `level`, or null when above it. */
export async function levelResolver(db: Db, withinPath: string, level: Level) {
  const regions = [...(await regionsWithin(db, withinPath)), ...(await listAncestors(db, withinPath))]
  const byId = new Map(regions.map((r) => [r.id, r]))
  const types = LEVEL_TYPES[level]
  return (path: string): Bucket => {
    const ids = path.split('/').filter(Boolean)
    for (let i = ids.length - 1; i >= 0; i--) {
      const r = byId.get(ids[i])
      if (r && types.includes(r.type as RegionType)) return { regionId: r.id, name: r.name }
    }
    return { regionId: null, name: null }
  }
}

/** Groups rows by a key, keeping the first label seen for it. */
export function groupBy<T, L>(rows: T[], keyOf: (row: T) => { key: string | null; label: L }) {
  const groups = new Map<string | null, { label: L; rows: T[] }>()
  for (const row of rows) {
    const { key, label } = keyOf(row)
    const g = groups.get(key)
    if (g) g.rows.push(row)
    else groups.set(key, { label, rows: [row] })
  }
  return groups
}
