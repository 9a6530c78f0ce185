// 人工改码 and 病例状态: the two ways staff change a colour by hand. A manual change needs a
// reason and a second account's approval (codes turned red without authorisation were a
// real abuse elsewhere); a case status is a medical fact the red rule reads.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { emit } from '../../core/registry.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { assertIndependentApprover, userNames } from '../auth/index.js'
import { getPersonInScope, personLabels } from '../people/index.js'
import type { Colour } from './colour-rules.js'
import { findColourChange } from './passes.queries.js'
import type { CaseStatusInput, ColourChangeInput } from './passes.schema.js'

export const ManualColourErrors = defineErrors({
  COLOUR_CHANGE_SELF_APPROVAL: {
    status: 403,
    zh: '人工改码须由另一名工作人员审批，不能审批自己提交的申请',
    en: 'A manual colour change must be approved by a second staff member, not by the requester',
  },
  COLOUR_CHANGE_NOT_PENDING: {
    status: 409,
    zh: '该改码申请已处理',
    en: 'This colour change has already been decided',
  },
  COLOUR_CHANGE_PAST_UNTIL: {
    status: 400,
    zh: '截止时间须晚于现在',
    en: 'The end time must be in the future',
  },
})

export async function requestColourChange(db: Db, actor: Actor, personId: string, input: ColourChangeInput) {
  const person = await getPersonInScope(db, actor, personId)
  const at = nowIso(now)
  const until = input.until ? new Date(input.until).toISOString() : null
  if (until && until <= at)
    throw new AppError(ManualColourErrors.COLOUR_CHANGE_PAST_UNTIL, { field: 'until' })
  const id = randomUUID()
  const row = {
    id,
    person_id: person.id,
    region_id: person.region_id,
    colour: input.colour,
    reason: input.reason.trim(),
    until,
    status: 'pending' as const,
    requested_by: actor.userId ?? actor.username,
    requested_at: at,
    decided_by: null,
    decided_at: null,
  }
  await db.insertInto('colour_change').values(row).execute()
  await recordAudit(db, actor, {
    action: 'colour.change_request',
    entity: 'person',
    entityId: person.id,
    detail: { change: id, colour: input.colour },
  })
  return toChangeView(row)
}

/** The second approver decides; approval takes effect at once (colour recomputed). */
export async function decideColourChange(db: Db, actor: Actor, id: string, approve: boolean) {
  const change = await findColourChange(db, id)
  assertInScope(actor, change?.region_path, 'colour change')
  if (change!.status !== 'pending') throw new AppError(ManualColourErrors.COLOUR_CHANGE_NOT_PENDING)
  if (change!.requested_by === (actor.userId ?? actor.username))
    throw new AppError(ManualColourErrors.COLOUR_CHANGE_SELF_APPROVAL)
  // nor an account the requester made or reset lately: a second account is not a second person
  if (approve) await assertIndependentApprover(db, actor.userId, change!.requested_by)
  const at = nowIso(now)
  const status = approve ? 'approved' : 'rejected'
  const decided = await db
    .updateTable('colour_change')
    .set({ status, decided_by: actor.userId ?? actor.username, decided_at: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  if (Number(decided.numUpdatedRows) !== 1) throw new AppError(ManualColourErrors.COLOUR_CHANGE_NOT_PENDING)
  await recordAudit(db, actor, {
    action: approve ? 'colour.change_approve' : 'colour.change_reject',
    entity: 'person',
    entityId: change!.person_id,
    detail: { change: id, colour: change!.colour },
  })
  if (approve) await emit(db, 'person.changed', { personId: change!.person_id, reason: 'colour.manual' })
  return toChangeView({ ...change!, status, decided_by: actor.userId ?? actor.username, decided_at: at })
}

export async function listColourChanges(db: Db, actor: Actor, status: 'pending' | 'approved' | 'rejected') {
  const rows = await db
    .selectFrom('colour_change as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .where('r.path', '>=', actor.scopePath)
    .where('r.path', '<', actor.scopePath + '~')
    .where('c.status', '=', status)
    .orderBy('c.requested_at', 'desc')
    .limit(200)
    .execute()
  // the approver needs to see who asked (requested_by holds the account id, or a system name)
  const [people, requesters] = await Promise.all([
    personLabels(
      db,
      rows.map((r) => r.person_id),
    ),
    userNames(
      db,
      rows.map((r) => r.requested_by),
    ),
  ])
  return rows.map((r) => ({
    ...toChangeView(r),
    personName: people.get(r.person_id)?.name ?? '',
    requestedByName: requesters.get(r.requested_by) ?? r.requested_by,
  }))
}

function toChangeView(r: {
  id: string
  person_id: string
  colour: Colour
  reason: string
  until: string | null
  status: string
  requested_by: string
  requested_at: string
  decided_by: string | null
  decided_at: string | null
}) {
  return {
    id: r.id,
    personId: r.person_id,
    colour: r.colour,
    reason: r.reason,
    until: r.until,
    status: r.status,
    requestedBy: r.requested_by,
    requestedAt: r.requested_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
  }
}

/** 确诊 / 疑似 / 集中隔离, or 'none' to clear. */
export async function setCaseStatus(db: Db, actor: Actor, personId: string, input: CaseStatusInput) {
  const person = await getPersonInScope(db, actor, personId)
  const row = {
    person_id: person.id,
    region_id: person.region_id,
    status: input.status,
    note: input.note ?? null,
    set_by: actor.userId ?? actor.username,
    set_at: nowIso(now),
  }
  const existing = await db
    .selectFrom('case_status')
    .select('person_id')
    .where('person_id', '=', person.id)
    .executeTakeFirst()
  if (existing) await db.updateTable('case_status').set(row).where('person_id', '=', person.id).execute()
  else await db.insertInto('case_status').values(row).execute()
  await recordAudit(db, actor, {
    action: 'person.case_status',
    entity: 'person',
    entityId: person.id,
    detail: { status: input.status },
  })
  await emit(db, 'person.changed', { personId: person.id, reason: 'case_status' })
  return { personId: person.id, status: row.status, note: row.note, setAt: row.set_at }
}
