// 社工机构与社工: agencies hang on a region; a social worker is a staff account or just a
// name, usually with an agency (the source case: 4 agencies, 15 workers, 3 from Taiwan).
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getUserInScope } from '../auth/index.js'
import { getRegionInScope } from '../regions/index.js'
import {
  findAgency,
  findWorker,
  listAgenciesWithin,
  listWorkersWithin,
  type AgencyRow,
  type WorkerRow,
} from './social-work.queries.js'
import type { AgencyChangesInput, AgencyInput, WorkerInput } from './social-work.schema.js'

export const SocialWorkErrors = defineErrors({
  SW_AGENCY_NAME_TAKEN: {
    status: 409,
    zh: '该区划下已有同名社工机构',
    en: 'An agency with this name already exists here',
  },
  SW_WORKER_NAME_REQUIRED: {
    status: 400,
    zh: '请填写社工姓名或选择一个账号',
    en: 'Give the social worker a name or pick an account',
  },
})

const isUniqueViolation = (e: unknown) =>
  /unique/i.test(String((e as Error)?.message)) || (e as { code?: string })?.code === '23505'

export const toAgencyView = (a: AgencyRow) => ({
  id: a.id,
  regionId: a.region_id,
  regionName: a.region_name,
  name: a.name,
  note: a.note,
})

export const toWorkerView = (w: WorkerRow) => ({
  id: w.id,
  regionId: w.region_id,
  regionName: w.region_name,
  agencyId: w.agency_id,
  agencyName: w.agency_name,
  userId: w.user_id,
  name: w.name,
  note: w.note,
})

export async function getAgencyInScope(db: Db, actor: Actor, id: string) {
  const row = await findAgency(db, id)
  assertInScope(actor, row?.region_path, 'sw_agency')
  return row!
}

export async function createAgency(db: Db, actor: Actor, input: AgencyInput) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const id = randomUUID()
  const at = nowIso(now)
  try {
    await db
      .insertInto('sw_agency')
      .values({
        id,
        region_id: region.id,
        name: input.name.trim(),
        note: input.note?.trim() || null,
        created_at: at,
        updated_at: at,
      })
      .execute()
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(SocialWorkErrors.SW_AGENCY_NAME_TAKEN, { field: 'name' })
    throw e
  }
  await recordAudit(db, actor, { action: 'social_work.agency.create', entity: 'sw_agency', entityId: id })
  return toAgencyView((await findAgency(db, id))!)
}

export async function updateAgency(db: Db, actor: Actor, id: string, changes: AgencyChangesInput) {
  await getAgencyInScope(db, actor, id)
  try {
    await db
      .updateTable('sw_agency')
      .set({
        ...(changes.name !== undefined && { name: changes.name.trim() }),
        ...(changes.note !== undefined && { note: changes.note?.trim() || null }),
        updated_at: nowIso(now),
      })
      .where('id', '=', id)
      .execute()
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(SocialWorkErrors.SW_AGENCY_NAME_TAKEN, { field: 'name' })
    throw e
  }
  await recordAudit(db, actor, { action: 'social_work.agency.update', entity: 'sw_agency', entityId: id })
  return toAgencyView((await findAgency(db, id))!)
}

export const listAgencies = async (db: Db, actor: Actor) =>
  (await listAgenciesWithin(db, actor.scopePath)).map(toAgencyView)

export async function getWorkerInScope(db: Db, actor: Actor, id: string) {
  const row = await findWorker(db, id)
  assertInScope(actor, row?.region_path, 'sw_worker')
  return row!
}

/** A social worker: in the agency's region unless another region is given. */
export async function addWorker(db: Db, actor: Actor, input: WorkerInput) {
  const agency = input.agencyId ? await getAgencyInScope(db, actor, input.agencyId) : undefined
  const region = await getRegionInScope(db, actor, input.regionId ?? agency?.region_id ?? actor.scopeRegionId)
  const user = input.userId ? await getUserInScope(db, actor, input.userId) : undefined
  const name = input.name?.trim() || user?.display_name
  if (!name) throw new AppError(SocialWorkErrors.SW_WORKER_NAME_REQUIRED, { field: 'name' })
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('sw_worker')
    .values({
      id,
      region_id: region.id,
      agency_id: agency?.id ?? null,
      user_id: user?.id ?? null,
      name,
      note: input.note?.trim() || null,
      created_at: at,
      updated_at: at,
    })
    .execute()
  await recordAudit(db, actor, { action: 'social_work.worker.create', entity: 'sw_worker', entityId: id })
  return toWorkerView((await findWorker(db, id))!)
}

export async function listWorkers(db: Db, actor: Actor, agencyId?: string) {
  // an outside agency answers 404 like any outside record, not an empty list
  if (agencyId) await getAgencyInScope(db, actor, agencyId)
  return (await listWorkersWithin(db, actor.scopePath, agencyId)).map(toWorkerView)
}
