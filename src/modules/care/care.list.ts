import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { searchCareRequests, type CareKind, type CareStatus } from './care.queries.js'
import { toCareViews } from './care.service.js'

export interface CareQuery {
  regionId?: string
  status?: CareStatus
  kind?: CareKind
  /** only those assigned to me: the volunteer's list */
  mine?: boolean
  householdId?: string
  page: number
  pageSize: number
}

export async function listCareRequests(db: Db, actor: Actor, q: CareQuery) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total } = await searchCareRequests(db, {
    withinPath: within,
    status: q.status,
    kind: q.kind,
    assigneeId: q.mine ? (actor.userId ?? '') : undefined,
    householdId: q.householdId,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  })
  return { items: await toCareViews(db, rows), total, page: q.page, pageSize: q.pageSize }
}

/** The region a count or list covers: the one asked for, inside the actor's scope, or the scope. */
export const pathWithin = async (db: Db, actor: Actor, regionId?: string) =>
  regionId ? (await getRegionInScope(db, actor, regionId)).path : actor.scopePath
