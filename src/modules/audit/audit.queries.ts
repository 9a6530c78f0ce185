import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

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
  if (!f.wholeTree)
    q = q.where('a.actor_id', 'in', (eb) =>
      eb
        .selectFrom('staff_user as u')
        .innerJoin('region as r', 'r.id', 'u.scope_region_id')
        .select('u.id')
        .where(withinSubtree('r.path', f.withinPath)),
    )
  if (f.actorId) q = q.where('a.actor_id', '=', f.actorId)
  if (f.action) q = q.where('a.action', 'like', `${f.action.replace(/[%_\\]/g, '')}%`)
  if (f.from) q = q.where('a.at', '>=', f.from)
  if (f.to) q = q.where('a.at', '<', f.to)
  const [rows, total] = await Promise.all([
    q.selectAll('a').orderBy('a.seq', 'desc').offset(f.offset).limit(f.limit).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}
