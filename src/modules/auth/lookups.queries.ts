// What other modules read of the accounts (through index.ts): names for their lists, the
// accounts of a subtree, the enabled accounts of some roles. Batched by ids, never a query per row.
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import type { Role } from '../../core/permissions.js'

export interface UserBrief {
  username: string
  displayName: string
  role: Role
}

/** Username, display name and role of these accounts; unknown ids are left out. */
export async function usersByIds(
  db: Db,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, UserBrief>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))]
  const out = new Map<string, UserBrief>()
  // in chunks: SQLite caps the number of bound parameters in one statement
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await db
      .selectFrom('staff_user')
      .select(['id', 'username', 'display_name', 'role'])
      .where('id', 'in', wanted.slice(i, i + 500))
      .execute()
    for (const r of rows) out.set(r.id, { username: r.username, displayName: r.display_name, role: r.role })
  }
  return out
}

/** Display names of these accounts, for "who did it" columns; unknown ids are left out. */
export async function userNames(
  db: Db,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, string>> {
  return new Map([...(await usersByIds(db, ids))].map(([id, u]) => [id, u.displayName]))
}

/** Every account whose scope lies in the subtree at `path` (accounts are staff: hundreds, not millions). */
export async function userIdsWithin(db: Db, path: string): Promise<string[]> {
  const rows = await db
    .selectFrom('staff_user as u')
    .innerJoin('region as r', 'r.id', 'u.scope_region_id')
    .select('u.id')
    .where(withinSubtree('r.path', path))
    .execute()
  return rows.map((r) => r.id)
}

/** Enabled accounts with one of these roles inside a subtree, by display name. */
export const enabledUsersWithRoles = (db: Db, f: { withinPath: string; roles: Role[]; limit: number }) =>
  db
    .selectFrom('staff_user as u')
    .innerJoin('region as r', 'r.id', 'u.scope_region_id')
    .select(['u.id', 'u.display_name as name', 'u.role', 'r.name as scopeName'])
    .where('u.role', 'in', f.roles)
    .where('u.disabled', '=', 0)
    .where(withinSubtree('r.path', f.withinPath))
    .orderBy('u.display_name')
    .limit(f.limit)
    .execute()
