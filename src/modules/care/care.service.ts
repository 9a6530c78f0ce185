// 暖心人 care for observed households: a staff member (or the household itself, from the
// pass page) asks for shopping, printing, medicine or other help; a volunteer is assigned
// and records each delivery; the deliveries are what the counts count.
import { countDelivery } from './day-counts.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, isInScope, type Actor } from '../../core/actor.js'
import { can } from '../../core/permissions.js'
import { findUser } from '../auth/index.js'
import { localDate } from '../../shared/days.js'
import { findHouseholdById, findPerson } from '../people/index.js'
import { getHouseholdInScope } from '../people/index.js'
import './care.errors.js'
import { removeCareFile, saveCareFile, type StoredFile } from './care.files.js'
import { findCareRequest, fulfilmentsOf, type CareRow } from './care.queries.js'
import { CareErrors } from './care.errors.js'
import type { CareRequestInput } from './care.schema.js'

export interface CareOptions {
  dataDir: string
  timeZone: string
}

type Requester = { userId: string | null; username: string }

async function insertRequest(
  db: Db,
  by: Requester,
  household: { id: string; region_id: string },
  input: Omit<CareRequestInput, 'householdId'>,
  opts: CareOptions,
) {
  const items = input.items?.trim() || null
  if (!items && !input.file) throw new AppError(CareErrors.CARE_REQUEST_EMPTY, { field: 'items' })
  const id = randomUUID()
  const file = input.file ? await saveCareFile(opts.dataDir, id, input.file) : undefined
  try {
    await insertRow(db, by, household, { ...input, items }, id, file)
  } catch (e) {
    // the row never existed: its file must not stay behind
    if (file) await removeCareFile(opts.dataDir, file.key)
    throw e
  }
  return id
}

async function insertRow(
  db: Db,
  by: Requester,
  household: { id: string; region_id: string },
  input: Omit<CareRequestInput, 'householdId' | 'items'> & { items: string | null },
  id: string,
  file: StoredFile | undefined,
) {
  const at = nowIso(now)
  await db
    .insertInto('care_request')
    .values({
      id,
      household_id: household.id,
      region_id: household.region_id,
      kind: input.kind,
      items: input.items,
      file_key: file?.key ?? null,
      file_name: file?.name ?? null,
      file_type: file?.type ?? null,
      file_size: file?.size ?? null,
      status: 'open',
      assignee_id: null,
      requested_by: by.userId,
      via: by.userId ? 'staff' : 'resident',
      note: input.note?.trim() || null,
      created_at: at,
      updated_at: at,
    })
    .execute()
  await recordAudit(db, by, {
    action: 'care.request',
    entity: 'care_request',
    entityId: id,
    detail: { kind: input.kind },
  })
}

export async function openCareRequest(db: Db, actor: Actor, input: CareRequestInput, opts: CareOptions) {
  const household = await getHouseholdInScope(db, actor, input.householdId)
  const id = await insertRequest(db, actor, household, input, opts)
  return careDetail(db, actor, id)
}

/** From the resident's pass page: the caller has proved who the resident is. */
export async function requestCareForPerson(
  db: Db,
  personId: string,
  input: Omit<CareRequestInput, 'householdId'>,
  opts: CareOptions,
): Promise<string> {
  const person = await findPerson(db, personId)
  const household = person?.household_id ? await findHouseholdById(db, person.household_id) : undefined
  if (!household) throw new AppError(CareErrors.CARE_NO_HOUSEHOLD)
  return insertRequest(db, { userId: null, username: 'resident' }, household, input, opts)
}

export async function getCareRequestInScope(db: Db, actor: Actor, id: string): Promise<CareRow> {
  const row = await findCareRequest(db, id)
  assertInScope(actor, row?.region_path, 'care_request')
  return row!
}

async function getOpenCareRequest(db: Db, actor: Actor, id: string) {
  const row = await getCareRequestInScope(db, actor, id)
  if (row.status === 'done' || row.status === 'cancelled') throw new AppError(CareErrors.CARE_REQUEST_CLOSED)
  return row
}

/** 指派 to a volunteer: any active staff account whose scope covers the household. */
export async function assignCareRequest(db: Db, actor: Actor, id: string, assigneeId: string) {
  const row = await getOpenCareRequest(db, actor, id)
  const user = await findUser(db, assigneeId)
  const covers = !!user && row.region_path.startsWith(user.scope_path)
  // an account neither in the actor's scope nor working over the request is out of scope: 404
  if (!user || (!covers && !isInScope(actor, user.scope_path)))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'user' })
  if (user.disabled || !covers) throw new AppError(CareErrors.CARE_ASSIGNEE_INVALID)
  await db
    .updateTable('care_request')
    .set({ assignee_id: user.id, status: 'assigned', updated_at: nowIso(now) })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, { action: 'care.assign', entity: 'care_request', entityId: id })
  return careDetail(db, actor, id)
}

/** 送达 one delivery; `close` (default) marks the request done, otherwise it stays open for the next. */
export async function fulfilCareRequest(
  db: Db,
  actor: Actor,
  id: string,
  input: { delivered: string; close?: boolean },
  opts: CareOptions,
) {
  const row = await getOpenCareRequest(db, actor, id)
  if (row.assignee_id !== actor.userId && !can(actor.role, 'care:write'))
    throw new AppError(CareErrors.CARE_NOT_ASSIGNEE)
  const at = now()
  await db
    .insertInto('care_fulfilment')
    .values({
      id: randomUUID(),
      request_id: id,
      household_id: row.household_id,
      region_id: row.region_id,
      kind: row.kind,
      delivered: input.delivered.trim(),
      done_by: actor.userId,
      done_at: nowIso(() => at),
      done_on: localDate(at, opts.timeZone),
    })
    .execute()
  await countDelivery(db, {
    householdId: row.household_id,
    regionId: row.region_id,
    doneOn: localDate(at, opts.timeZone),
  })
  if (input.close !== false)
    await db
      .updateTable('care_request')
      .set({ status: 'done', updated_at: nowIso(() => at) })
      .where('id', '=', id)
      .execute()
  await recordAudit(db, actor, { action: 'care.fulfil', entity: 'care_request', entityId: id })
  return careDetail(db, actor, id)
}

export async function cancelCareRequest(db: Db, actor: Actor, id: string, reason: string) {
  await getOpenCareRequest(db, actor, id)
  await db
    .updateTable('care_request')
    .set({ status: 'cancelled', note: reason.trim(), updated_at: nowIso(now) })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, { action: 'care.cancel', entity: 'care_request', entityId: id })
  return careDetail(db, actor, id)
}

export async function careDetail(db: Db, actor: Actor, id: string) {
  const row = await getCareRequestInScope(db, actor, id)
  const [view] = await toCareViews(db, [row])
  const fulfilments = (await fulfilmentsOf(db, id)).map((f) => ({
    delivered: f.delivered,
    doneBy: f.done_by,
    doneAt: f.done_at,
  }))
  return { ...view, fulfilments }
}

export async function toCareViews(db: Db, rows: CareRow[]) {
  const households = await Promise.all(rows.map((r) => findHouseholdById(db, r.household_id)))
  const assignees = await Promise.all(
    rows.map((r) => (r.assignee_id ? findUser(db, r.assignee_id) : undefined)),
  )
  return rows.map((r, i) => ({
    id: r.id,
    householdId: r.household_id,
    address: households[i]?.address ?? '',
    regionName: r.region_name,
    kind: r.kind,
    items: r.items,
    file: r.file_key
      ? { name: r.file_name ?? 'file', type: r.file_type ?? '', size: Number(r.file_size) }
      : null,
    status: r.status,
    assignee: r.assignee_id ? { id: r.assignee_id, name: assignees[i]?.display_name ?? '' } : null,
    via: r.via,
    note: r.note,
    createdAt: r.created_at,
  }))
}
