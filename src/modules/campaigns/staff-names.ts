// Display names of assignees and callers, through the auth module's face (one query for all).
// Progress and coverage per assignee use these; per grid team, staff/ownership.service.ts.
import type { Db } from '../../db/db.js'
import { userNames } from '../auth/index.js'

export const staffNames = (db: Db, ids: (string | null)[]): Promise<Map<string, string>> => userNames(db, ids)
