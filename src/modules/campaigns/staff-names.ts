// Display names of assignees and callers, through the auth module's own query.
// TODO(staff owner): group by team once the staff module has teams; until then coverage and
// progress are per assignee (the account a household or number is assigned to).
import type { Db } from '../../db/db.js'
import { findUser } from '../auth/users.queries.js'

export async function staffNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const id of new Set(ids))
    if (id) {
      const user = await findUser(db, id)
      if (user) names.set(id, user.display_name)
    }
  return names
}
