// 电话排查: the carriers' number lists, de-duplicated within the list and against the
// registry, split into call lists for callers; reassigned when a caller cannot finish.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { blindIndex, encryptField } from '../../crypto/pii.js'
import { maskPhone, normalizeMobile } from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { personIdsByPhoneIndex } from '../people/index.js'
import { teamAccounts } from '../staff/index.js'
import { getUserInScope } from '../auth/index.js'
import type { CallEntryTable, CallStatus } from './campaigns.queries.js'
import { checkAssignee, getOpenCampaign } from './campaigns.service.js'
import {
  campaignPhones,
  entryIds,
  insertCallEntries,
  setAssignee,
  type CallEntryRow,
} from './calls.queries.js'
import { readNumberList } from './numbers.reader.js'
import type { ImportInput, ReassignInput, SecondRoundInput, SplitInput } from './calls.schema.js'

export const CallErrors = defineErrors({
  CALLERS_REQUIRED: { status: 400, zh: '请至少选择一名接线人员', en: 'Choose at least one caller' },
  CALLER_COUNTS_MISMATCH: {
    status: 400,
    zh: '分配数量应与接线人员一一对应',
    en: 'Give one count per caller',
  },
  SAME_CALLER: { status: 400, zh: '原接线人员与新接线人员相同', en: 'The two callers are the same' },
})

/** Masked for display; the full number is shown only to the caller working it (audited). */
export const toCallEntryView = (e: CallEntryRow | (CallEntryTable & { region_path?: string })) => ({
  id: e.id,
  phone: e.phone_masked,
  carrier: e.carrier,
  homeRegion: e.home_region,
  arrival: e.arrival,
  inRegistry: e.person_id !== null,
  assigneeId: e.assignee_id,
  status: e.status,
  lastOutcome: e.last_outcome,
  attempts: Number(e.attempts),
  round: Number(e.round),
  callbackAt: e.callback_at,
})

export async function importNumbers(db: Db, actor: Actor, campaignId: string, input: ImportInput) {
  const c = await getOpenCampaign(db, actor, campaignId, 'phone')
  const rows = await readNumberList(Buffer.from(input.content, 'base64'))
  const before = await campaignPhones(db, c.id)
  const invalid: number[] = []
  let duplicatesInList = 0
  let alreadyInCampaign = 0
  const fresh = new Map<string, { phone: string; row: (typeof rows)[number] }>()
  for (const row of rows) {
    const phone = normalizeMobile(row.phone)
    if (!phone) {
      invalid.push(row.rowNo)
      continue
    }
    const bidx = blindIndex('phone', phone)
    if (fresh.has(bidx)) duplicatesInList++
    else if (before.has(bidx)) alreadyInCampaign++
    else fresh.set(bidx, { phone, row })
  }
  const known = await personIdsByPhoneIndex(db, [...fresh.keys()])
  const at = nowIso(now)
  const entries: CallEntryTable[] = [...fresh.entries()].map(([bidx, { phone, row }]) => ({
    id: randomUUID(),
    campaign_id: c.id,
    region_id: c.region_id,
    phone_enc: encryptField(phone),
    phone_bidx: bidx,
    phone_masked: maskPhone(phone),
    carrier: row.carrier ?? input.carrier?.trim() ?? null,
    home_region: row.homeRegion,
    arrival: row.arrival,
    person_id: known.get(bidx) ?? null,
    assignee_id: null,
    status: known.has(bidx) && !input.callKnown ? 'known' : 'pending',
    last_outcome: null,
    attempts: 0,
    round: 1,
    callback_at: null,
    row_no: row.rowNo,
    created_at: at,
    updated_at: at,
  }))
  await insertCallEntries(db, entries)
  const report = {
    rows: rows.length,
    added: entries.length,
    toCall: entries.filter((e) => e.status === 'pending').length,
    inRegistry: known.size,
    duplicatesInList,
    alreadyInCampaign,
    invalidCount: invalid.length,
    invalidRows: invalid.slice(0, 100),
  }
  // Counts only: the numbers themselves never enter the audit log.
  const { invalidRows: _r, ...counts } = report
  await recordAudit(db, actor, { action: 'call.import', entity: 'campaign', entityId: c.id, detail: counts })
  return report
}

/** Deals `ids` out in order: `counts[i]` each, or as evenly as they go (blocks, not round-robin). */
export function dealOut(ids: string[], callers: string[], counts?: number[]): Map<string, string[]> {
  const out = new Map(callers.map((c) => [c, [] as string[]]))
  let next = 0
  callers.forEach((caller, i) => {
    const share = counts
      ? counts[i]
      : Math.floor(ids.length / callers.length) + (i < ids.length % callers.length ? 1 : 0)
    out.get(caller)!.push(...ids.slice(next, next + share))
    next += share
  })
  return out
}

/** Splits the numbers nobody has yet into call lists (by counts, or evenly), for callers or a team. */
export async function splitCallLists(db: Db, actor: Actor, campaignId: string, input: SplitInput) {
  const c = await getOpenCampaign(db, actor, campaignId, 'phone')
  const team = input.teamId ? await teamAccounts(db, actor, input.teamId) : []
  const callers = [...new Set([...(input.callerIds ?? []), ...team])]
  if (!callers.length) throw new AppError(CallErrors.CALLERS_REQUIRED, { field: 'callerIds' })
  if (input.counts && input.counts.length !== callers.length)
    throw new AppError(CallErrors.CALLER_COUNTS_MISMATCH, { field: 'counts' })
  for (const id of callers) await checkAssignee(db, actor, c, id)
  const ids = (await entryIds(db, c.id, ['pending'], null)).map((r) => r.id)
  const dealt = dealOut(ids, callers, input.counts)
  const at = nowIso(now)
  for (const [caller, mine] of dealt) await setAssignee(db, mine, caller, at)
  const lists = callers.map((callerId) => ({ callerId, assigned: dealt.get(callerId)!.length }))
  await recordAudit(db, actor, {
    action: 'call.split',
    entity: 'campaign',
    entityId: c.id,
    detail: { lists, teamId: input.teamId ?? null },
  })
  return { lists, unassigned: ids.length - lists.reduce((n, l) => n + l.assigned, 0) }
}

const UNFINISHED: CallStatus[] = ['pending', 'callback', 'unreached']

/** Moves a caller's unfinished numbers to another caller; numbers already worked stay. */
export async function reassignCallList(db: Db, actor: Actor, campaignId: string, input: ReassignInput) {
  const c = await getOpenCampaign(db, actor, campaignId, 'phone')
  if (input.fromCallerId === input.toCallerId)
    throw new AppError(CallErrors.SAME_CALLER, { field: 'toCallerId' })
  await checkAssignee(db, actor, c, input.toCallerId)
  // the caller whose list moves is an account the actor manages: 404 outside their scope
  await getUserInScope(db, actor, input.fromCallerId)
  const ids = (await entryIds(db, c.id, UNFINISHED, input.fromCallerId)).map((r) => r.id)
  await setAssignee(db, ids, input.toCallerId, nowIso(now))
  await recordAudit(db, actor, {
    action: 'call.reassign',
    entity: 'campaign',
    entityId: c.id,
    detail: { from: input.fromCallerId, to: input.toCallerId, moved: ids.length },
  })
  return { moved: ids.length }
}

/** 第二轮: the unreached numbers go back on the lists, to the same callers or dealt anew. */
export async function startSecondRound(db: Db, actor: Actor, campaignId: string, input: SecondRoundInput) {
  const c = await getOpenCampaign(db, actor, campaignId, 'phone')
  const callers = [...new Set(input.callerIds ?? [])]
  for (const id of callers) await checkAssignee(db, actor, c, id)
  const ids = (await entryIds(db, c.id, ['unreached'], undefined)).map((r) => r.id)
  const at = nowIso(now)
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('call_entry')
      .set((eb) => ({ status: 'pending', round: eb('round', '+', 1), updated_at: at }))
      .where('id', 'in', ids.slice(i, i + 500))
      .execute()
  if (callers.length)
    for (const [caller, mine] of dealOut(ids, callers)) await setAssignee(db, mine, caller, at)
  await recordAudit(db, actor, {
    action: 'call.round',
    entity: 'campaign',
    entityId: c.id,
    detail: { numbers: ids.length },
  })
  return { numbers: ids.length }
}
