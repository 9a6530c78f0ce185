import type { Db } from '../../db/db.js'
import { boundedCount } from '../../db/paging.js'
import { userIdsWithin } from '../auth/index.js'

export interface AuditFilter {
  withinPath: string
  /** the whole tree: also entries made by the system and by accounts since deleted */
  wholeTree: boolean
  actorId?: string
  action?: string
  from?: string
  to?: string
  offset: number
  limit: number
}

export async function listAuditEvents(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_event as a')
  if (!f.wholeTree) {
    // entries made by the accounts of the subtree (the auth module's: staff, so hundreds)
    const actors = await userIdsWithin(db, f.withinPath)
    if (!actors.length) return { rows: [], total: 0 }
    q = q.where('a.actor_id', 'in', actors)
  }
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId)
  if (f.action) q = q.where('a.action', 'like', `${f.action.replace(/[%_\\]/g, '')}%`)
  if (f.from) q = q.where('a.at', '>=', f.from)
  if (f.to) q = q.where('a.at', '<', f.to)
  const [rows, total] = await Promise.all([
    q.selectAll('a').orderBy('a.seq', 'desc').offset(f.offset).limit(f.limit).execute(),
    boundedCount(db, q),
  ])
  return { rows, ...total }
}
