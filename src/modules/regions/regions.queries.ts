import { sql, type ExpressionBuilder, type Expression, type SqlBool } from 'kysely'
import type { Db, Tables } from '../../db/db.js'

export type RegionType =
  'district' | 'street' | 'town' | 'community' | 'village' | 'compound' | 'natural_village' | 'building'

export interface RegionTable {
  id: string
  parent_id: string | null
  path: string
  depth: number
  type: RegionType
  name: string
  code: string | null
  created_at: string
  updated_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    region: RegionTable
  }
}

export type Region = RegionTable

import { SUBTREE_END } from '../../core/subtree.js'

export const findRegion = (db: Db, id: string) =>
  db.selectFrom('region').selectAll().where('id', '=', id).executeTakeFirst()

export const findTopRegion = (db: Db) =>
  db.selectFrom('region').selectAll().where('parent_id', 'is', null).orderBy('created_at').executeTakeFirst()

/** `column` holds a region id that lies in the subtree at `path` (inclusive). */
export function regionWithin<DB extends Tables, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: string,
  path: string,
): Expression<SqlBool> {
  const ids = sql`(select r.id from region r where r.path >= ${path} and r.path < ${path + SUBTREE_END})`
  return sql<SqlBool>`${sql.ref(column)} in ${ids}`
}

export const listChildren = (db: Db, parentId: string) =>
  db
    .selectFrom('region as r')
    .selectAll('r')
    .select((eb) =>
      eb
        .selectFrom('region as c')
        .whereRef('c.parent_id', '=', 'r.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('child_count'),
    )
    .where('r.parent_id', '=', parentId)
    .orderBy('r.name')
    .execute()

export const listAncestors = (db: Db, path: string) =>
  db
    .selectFrom('region')
    .selectAll()
    .where('id', 'in', path.split('/').filter(Boolean))
    .orderBy('depth')
    .execute()

export const countChildren = async (db: Db, id: string) =>
  Number(
    (
      await db
        .selectFrom('region')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('parent_id', '=', id)
        .executeTakeFirstOrThrow()
    ).n,
  )

export const searchRegions = (db: Db, withinPath: string, q: string, limit: number) =>
  db
    .selectFrom('region')
    .selectAll()
    .where('path', '>=', withinPath)
    .where('path', '<', withinPath + SUBTREE_END)
    .where('name', 'like', `%${q.replace(/[%_\\]/g, '')}%`)
    .orderBy('depth')
    .orderBy('name')
    .limit(limit)
    .execute()

export async function insertRegion(db: Db, row: Region): Promise<Region> {
  await db.insertInto('region').values(row).execute()
  return row
}

/** Re-roots a subtree: every path under oldPath begins with newPath instead. */
export async function rewriteSubtreePaths(db: Db, oldPath: string, newPath: string, depthDelta: number) {
  await db
    .updateTable('region')
    .set({
      path: sql`${newPath} || substr(path, ${oldPath.length + 1})`,
      depth: sql`depth + ${depthDelta}`,
    })
    .where('path', '>=', oldPath)
    .where('path', '<', oldPath + SUBTREE_END)
    .execute()
}
