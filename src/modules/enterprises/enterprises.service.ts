// 复工企业: enterprises, each with a liaison account (企业联络员). The liaison reaches only
// the enterprises they speak for; community staff reach every enterprise in their scope.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import { getUserInScope } from '../auth/index.js'
import { getRegionInScope } from '../regions/index.js'
import type { EnterpriseInput, UpdateEnterpriseInput } from './enterprises.schema.js'
import {
  enterprisesOfLiaison,
  enterprisesWithin,
  findEnterprise,
  type EnterpriseRow,
} from './enterprises.queries.js'

export const EnterpriseErrors = defineErrors({
  LIAISON_ROLE_REQUIRED: {
    status: 400,
    zh: '联络员必须是“企业联络员”角色的账号',
    en: 'The liaison must be an account with the enterprise liaison role',
  },
})

export const isLiaison = (actor: Actor) => actor.role === 'enterprise_liaison'

export const toEnterpriseView = (e: EnterpriseRow) => ({
  id: e.id,
  name: e.name,
  address: e.address,
  regionId: e.region_id,
  regionName: e.region_name,
  liaisonId: e.liaison_id,
})

/** A liaison reaches their own enterprises only; everyone else by scope. Others: 404. */
export async function getEnterpriseFor(db: Db, actor: Actor, id: string): Promise<EnterpriseRow> {
  const e = await findEnterprise(db, id)
  const reachable =
    !!e && (isLiaison(actor) ? e.liaison_id === actor.userId : isInScope(actor, e.region_path))
  if (!reachable) throw new AppError(CommonErrors.NOT_FOUND, { what: 'enterprise' })
  return e!
}

async function checkLiaison(db: Db, actor: Actor, liaisonId: string | null | undefined) {
  if (!liaisonId) return null
  // an account outside the actor's scope answers 404 like any outside record
  const user = await getUserInScope(db, actor, liaisonId)
  if (user.role !== 'enterprise_liaison' || user.disabled)
    throw new AppError(EnterpriseErrors.LIAISON_ROLE_REQUIRED, { field: 'liaisonId' })
  return user.id
}

export async function createEnterprise(db: Db, actor: Actor, input: EnterpriseInput) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const liaisonId = await checkLiaison(db, actor, input.liaisonId)
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('enterprise')
    .values({
      id,
      region_id: region.id,
      name: input.name.trim(),
      address: input.address.trim(),
      liaison_id: liaisonId,
      created_at: at,
      updated_at: at,
    })
    .execute()
  await recordAudit(db, actor, { action: 'enterprise.create', entity: 'enterprise', entityId: id })
  return toEnterpriseView((await findEnterprise(db, id))!)
}

export async function updateEnterprise(db: Db, actor: Actor, id: string, input: UpdateEnterpriseInput) {
  const e = await getEnterpriseFor(db, actor, id)
  const region = input.regionId ? await getRegionInScope(db, actor, input.regionId) : undefined
  const liaisonId =
    input.liaisonId === undefined ? e.liaison_id : await checkLiaison(db, actor, input.liaisonId)
  await db
    .updateTable('enterprise')
    .set({
      name: input.name?.trim() ?? e.name,
      address: input.address?.trim() ?? e.address,
      region_id: region?.id ?? e.region_id,
      liaison_id: liaisonId,
      updated_at: nowIso(now),
    })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, {
    action: 'enterprise.update',
    entity: 'enterprise',
    entityId: id,
    detail: { fields: Object.keys(input) },
  })
  return toEnterpriseView((await findEnterprise(db, id))!)
}

export async function listEnterprises(db: Db, actor: Actor) {
  const rows = isLiaison(actor)
    ? actor.userId
      ? await enterprisesOfLiaison(db, actor.userId)
      : []
    : await enterprisesWithin(db, actor.scopePath)
  return rows.map(toEnterpriseView)
}
