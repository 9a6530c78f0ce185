// Display names of assignees and callers, through the auth module's own query.
// Progress and coverage per assignee use these; per grid team, staff/ownership.service.ts.
import type { Db } from '../../db/db.js'
import { findUser } from '../auth/index.js'

export async function staffNames(db: Db, ids: (string | null)[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  for (const id of new Set(ids))
    if (id) {
      const user = await findUser(db, id)
      if (user) names.set(id, user.display_name)
    }
  return names
}
