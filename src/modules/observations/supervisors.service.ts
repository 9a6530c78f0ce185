// 督导名单: per community (or village), the staff who see every alert raised inside it.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import { findUser } from '../auth/index.js'
import { getRegionInScope } from '../regions/index.js'
import { supervisorsOf } from './alerts.queries.js'
import { ObservationErrors } from './observations.errors.js'

export interface SupervisorView {
  id: string
  name: string
  role: string
}

async function communityInScope(db: Db, actor: Actor, regionId: string) {
  const region = await getRegionInScope(db, actor, regionId)
  if (region.type !== 'community' && region.type !== 'village')
    throw new AppError(ObservationErrors.SUPERVISOR_REGION_NOT_COMMUNITY)
  return region
}

export async function getSupervisors(db: Db, actor: Actor, regionId: string): Promise<SupervisorView[]> {
  const region = await getRegionInScope(db, actor, regionId)
  const rows = await supervisorsOf(db, region.id)
  const users = await Promise.all(rows.map((r) => findUser(db, r.user_id)))
  return users.filter((u) => u !== undefined).map((u) => ({ id: u.id, name: u.display_name, role: u.role }))
}

/** Replaces the list; each supervisor's own scope must cover the community. */
export async function setSupervisors(db: Db, actor: Actor, regionId: string, userIds: string[]) {
  const region = await communityInScope(db, actor, regionId)
  const ids = [...new Set(userIds)]
  for (const id of ids) {
    const user = await findUser(db, id)
    const covers = !!user && region.path.startsWith(user.scope_path)
    // an account neither in the actor's scope nor over the community is out of scope: 404
    if (user && !covers && !isInScope(actor, user.scope_path))
      throw new AppError(CommonErrors.NOT_FOUND, { what: 'user' })
    if (!user || user.disabled || !covers)
      throw new AppError(ObservationErrors.SUPERVISOR_OUT_OF_AREA, { userId: id })
  }
  await db.deleteFrom('observation_supervisor').where('region_id', '=', region.id).execute()
  const at = nowIso(now)
  if (ids.length)
    await db
      .insertInto('observation_supervisor')
      .values(ids.map((user_id) => ({ region_id: region.id, user_id, added_by: actor.userId, added_at: at })))
      .execute()
  await recordAudit(db, actor, {
    action: 'observation.supervisors',
    entity: 'region',
    entityId: region.id,
    detail: { count: ids.length },
  })
  return getSupervisors(db, actor, region.id)
}
