// Test and sample helpers: regions made without an actor (no scope check, no audit).
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { findRegion, insertRegion, type RegionType } from './regions.queries.js'

export async function createRegionDirect(db: Db, parentId: string, type: RegionType, name?: string) {
  const parent = await findRegion(db, parentId)
  if (!parent) throw new Error(`no region ${parentId}`)
  const id = randomUUID()
  const at = nowIso()
  return insertRegion(db, {
    id,
    parent_id: parentId,
    path: `${parent.path}${id}/`,
    depth: parent.depth + 1,
    type,
    name: name ?? `${type}-${id.slice(0, 8)}`,
    code: null,
    created_at: at,
    updated_at: at,
  })
}

/** The community (or village) the region lies in: the region itself or its nearest such parent. */
export async function communityOf(db: Db, regionId: string): Promise<string> {
  let region = await findRegion(db, regionId)
  while (region && region.type !== 'community' && region.type !== 'village')
    region = region.parent_id ? await findRegion(db, region.parent_id) : undefined
  if (!region) throw new Error(`region ${regionId} lies in no community`)
  return region.id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  region: (db, regionId) => createRegionDirect(db, regionId, 'building').then((r) => r.id),
  /** the region itself: where other samples (a team's areas, its households) are made inside it */
  area: async (_db, regionId) => regionId,
  /** the community the region lies in (the walk's regions are compounds, one per community) */
  community: communityOf,
}
