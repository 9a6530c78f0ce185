// 接线员页面: one number at a time. The caller sees the full number of the entry they are
// working (audited), records the outcome and what was learnt, or asks to call back later.
import { screenedKey, settleCalled, settleScreened } from './day-counts.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { decryptField } from '../../crypto/pii.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import { can } from '../../core/permissions.js'
import { getPersonInScope, registerPerson } from '../people/index.js'
import type { CallOutcome, CallStatus } from './campaigns.queries.js'
import { campaignVisible, getCampaignInScope, getOpenCampaign } from './campaigns.service.js'
import type { CampaignRow } from './campaigns.queries.js'
import { toCallEntryView } from './calls.service.js'
import {
  campaignEntries,
  entriesWithStatus,
  findCallEntry,
  nextEntryFor,
  type CallEntryRow,
} from './calls.queries.js'
import { recordFinding } from './findings.service.js'
import type { CallInput, EntriesInput } from './calls.schema.js'
import { staffNames } from './staff-names.js'

export const CallerErrors = defineErrors({
  CALL_NOT_YOURS: {
    status: 409,
    zh: '该号码已分配给其他接线人员',
    en: 'This number is on another caller’s list',
  },
  CALLBACK_NEEDS_TIME: {
    status: 400,
    zh: '“稍后回拨”需要填写回拨时间',
    en: 'A call-back needs a time',
  },
})

const FINISHED: CallOutcome[] = ['reached', 'wrong_number', 'refused', 'not_in_area']

export async function nextNumber(db: Db, actor: Actor, campaignId: string) {
  const c = await getOpenCampaign(db, actor, campaignId, 'phone')
  const entry = actor.userId ? await nextEntryFor(db, c.id, actor.userId, nowIso(now)) : undefined
  if (!entry) return { entry: null, fullPhone: null }
  // 查看完整号码: the caller must dial it; every reveal is in the audit log.
  await recordAudit(db, actor, { action: 'call.reveal', entity: 'call_entry', entityId: entry.id })
  return { entry: toCallEntryView(entry), fullPhone: decryptField(entry.phone_enc) }
}

/** The caller holding the number, or staff who manage campaigns in its area. */
async function getEntryToWork(db: Db, actor: Actor, id: string): Promise<CallEntryRow> {
  const entry = await findCallEntry(db, id)
  const mine = !!entry && entry.assignee_id === actor.userId
  if (!entry || !(mine || campaignVisible(actor, entry)))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'number' })
  if (!mine && !(can(actor.role, 'campaign:write') && isInScope(actor, entry.region_path)))
    throw new AppError(CallerErrors.CALL_NOT_YOURS)
  return entry
}

type NewCallee = NonNullable<NonNullable<CallInput['finding']>['person']>

/**
 * Someone reached who is not on file joins the registry with the number called (新增人员入库),
 * in the caller's own area when it lies inside the campaign's, else in the campaign's.
 */
async function registerCallee(db: Db, actor: Actor, c: CampaignRow, entry: CallEntryRow, p: NewCallee) {
  const regionId = actor.scopePath.startsWith(c.region_path) ? actor.scopeRegionId : c.region_id
  const { person } = await registerPerson(db, actor, { ...p, regionId, phone: decryptField(entry.phone_enc) })
  return { id: person.id, region_id: person.regionId }
}

export async function recordCall(db: Db, actor: Actor, entryId: string, input: CallInput) {
  const entry = await getEntryToWork(db, actor, entryId)
  const c = await getOpenCampaign(db, actor, entry.campaign_id, 'phone')
  const status: CallStatus = input.callBackAt
    ? 'callback'
    : FINISHED.includes(input.outcome)
      ? 'done'
      : 'unreached'
  const at = nowIso(now)
  const attemptId = randomUUID()
  await db
    .insertInto('call_attempt')
    .values({
      id: attemptId,
      entry_id: entry.id,
      campaign_id: c.id,
      region_id: entry.region_id,
      caller_id: actor.userId,
      outcome: input.outcome,
      note: input.note?.trim() || null,
      round: Number(entry.round),
      at,
    })
    .execute()
  let finding = null
  if (input.finding) {
    const { personId: given, person: callee, ...learnt } = input.finding
    const person = given
      ? await getPersonInScope(db, actor, given)
      : callee
        ? await registerCallee(db, actor, c, entry, callee)
        : undefined
    const personId = person?.id ?? entry.person_id
    finding = await recordFinding(
      db,
      actor,
      {
        campaignId: c.id,
        source: 'call',
        sourceId: attemptId,
        personId,
        regionId: person?.region_id ?? entry.region_id,
      },
      learnt,
    )
  }
  await db
    .updateTable('call_entry')
    .set((eb) => ({
      status,
      last_outcome: input.outcome,
      attempts: eb('attempts', '+', 1),
      callback_at: input.callBackAt ? new Date(input.callBackAt).toISOString() : null,
      person_id: finding?.personId ?? entry.person_id,
      updated_at: at,
    }))
    .where('id', '=', entry.id)
    .execute()
  const personId = finding?.personId ?? entry.person_id
  await settleCalled(db, entry.id)
  if (input.outcome === 'reached' || personId !== entry.person_id)
    await settleScreened(db, [
      screenedKey(entry.person_id, entry.phone_bidx),
      screenedKey(personId, entry.phone_bidx),
    ])
  await recordAudit(db, actor, {
    action: 'call.outcome',
    entity: 'call_entry',
    entityId: entry.id,
    detail: { outcome: input.outcome, status, finding: finding?.id ?? null },
  })
  return { entry: toCallEntryView((await findCallEntry(db, entry.id))!), finding }
}

type Tally = {
  total: number
  called: number
  reached: number
  done: number
  open: number
  unreached: number
  known: number
}

function tally(rows: Awaited<ReturnType<typeof campaignEntries>>): Tally {
  const n = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).length
  return {
    total: rows.length,
    called: n((r) => Number(r.attempts) > 0),
    reached: n((r) => r.last_outcome === 'reached'),
    done: n((r) => r.status === 'done'),
    open: n((r) => r.status === 'pending' || r.status === 'callback'),
    unreached: n((r) => r.status === 'unreached'),
    known: n((r) => r.status === 'known'),
  }
}

/** 进度: per campaign and per caller. */
export async function callProgress(db: Db, actor: Actor, campaignId: string) {
  const c = await getCampaignInScope(db, actor, campaignId, 'phone')
  const rows = await campaignEntries(db, c.id)
  const names = await staffNames(
    db,
    rows.map((r) => r.assignee_id),
  )
  const callers = [...names.keys()].map((callerId) => ({
    callerId,
    name: names.get(callerId)!,
    ...tally(rows.filter((r) => r.assignee_id === callerId)),
  }))
  return {
    campaignId: c.id,
    ...tally(rows),
    unassigned: rows.filter((r) => !r.assignee_id && r.status === 'pending').length,
    callers,
  }
}

/** Numbers in one state: the unreached list for a second round, the known ones, … */
export async function listCallEntries(db: Db, actor: Actor, campaignId: string, q: EntriesInput) {
  const c = await getCampaignInScope(db, actor, campaignId, 'phone')
  const rows = await entriesWithStatus(db, c.id, q.status, (q.page - 1) * q.pageSize, q.pageSize)
  return { items: rows.map(toCallEntryView), page: q.page, pageSize: q.pageSize }
}
