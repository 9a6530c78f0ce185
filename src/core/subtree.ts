// Regions keep materialised paths ('/<id>/<id>/'); everything under a region is the range
// [path, path + '~'), in byte order (collate "C" on PostgreSQL).
import { sql, type Expression, type SqlBool } from 'kysely'

/** Path characters are hex, '-' and '/', all below '~': [path, path + '~') is the subtree. */
export const SUBTREE_END = '~'

/** `column` (a region path) lies in the subtree whose root has path `path`. */
export const withinSubtree = (column: string, path: string): Expression<SqlBool> =>
  sql<SqlBool>`(${sql.ref(column)} >= ${path} and ${sql.ref(column)} < ${path + SUBTREE_END})`
