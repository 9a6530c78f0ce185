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

/** Compounds, natural villages and villages under a region: the places that get a poster. */
export const listPosterRegions = (db: Db, path: string) =>
  db
    .selectFrom('region')
    .select(['id', 'name', 'type', 'path'])
    .where('path', '>=', path)
    .where('path', '<', path + '~')
    .where('type', 'in', ['compound', 'natural_village', 'village'])
    .orderBy('path')
    .execute()
