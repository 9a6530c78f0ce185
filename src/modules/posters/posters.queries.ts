import type { Db } from '../../db/db.js'

export interface PlaceTable {
  code: string
  region_id: string
  ref_kind: 'region' | 'checkpoint'
  ref_id: string
  name: string
  created_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    place: PlaceTable
  }
}

/**
 * The regions of a subtree down to compounds and natural villages (buildings left out): the
 * places that get a poster, and the names a poster's "where" line is made of.
 */
export const listSubtreeRegions = (db: Db, path: string) =>
  db
    .selectFrom('region')
    .select(['id', 'name', 'type', 'path'])
    .where('path', '>=', path)
    .where('path', '<', path + '~')
    .where('type', '!=', 'building')
    .orderBy('path')
    .execute()
