import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { getHouseholdInScope } from '../people/index.js'
import { searchCareRequests } from './care.queries.js'
import type { CareQueryInput } from './care.schema.js'
import { toCareViews } from './care.service.js'

export async function listCareRequests(db: Db, actor: Actor, q: CareQueryInput) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total } = await searchCareRequests(db, {
    withinPath: within,
    status: q.status,
    kind: q.kind,
    assigneeId: q.mine ? (actor.userId ?? '') : undefined,
    householdId: q.householdId ? (await getHouseholdInScope(db, actor, q.householdId)).id : undefined,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  })
  return { items: await toCareViews(db, rows), total, page: q.page, pageSize: q.pageSize }
}

/** The region a count or list covers: the one asked for, inside the actor's scope, or the scope. */
export const pathWithin = async (db: Db, actor: Actor, regionId?: string) =>
  regionId ? (await getRegionInScope(db, actor, regionId)).path : actor.scopePath
