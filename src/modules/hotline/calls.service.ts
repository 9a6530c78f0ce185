// 心理援助热线来电记录: time, duration, channel, category, risk, follow-up and referral.
// No caller identity is required or kept; the summary must not carry one either.
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { withinSubtree } from '../../core/subtree.js'
import { getRegionInScope } from '../regions/index.js'
import { localDate } from '../../shared/days.js'
import {
  CALL_CATEGORIES,
  RISK_LEVELS,
  findCall,
  searchCalls,
  type CallRow,
  type RiskLevel,
} from './hotline.queries.js'
import type { CallChangesInput, CallInput, CallQueryInput } from './hotline.schema.js'

export const HotlineCallErrors = defineErrors({
  HOTLINE_CALL_IN_FUTURE: {
    status: 400,
    zh: '来电时间不能晚于现在',
    en: 'A call cannot start in the future',
  },
  HOTLINE_HIGH_RISK_UNHANDLED: {
    status: 400,
    zh: '高风险或危机来电须安排随访或转介',
    en: 'A high-risk or crisis call needs a follow-up or a referral',
  },
})

export const toCallView = (c: CallRow) => ({
  id: c.id,
  regionId: c.region_id,
  regionName: c.region_name,
  startedAt: c.started_at,
  date: c.call_date,
  durationMinutes: Number(c.duration_minutes),
  channel: c.channel,
  category: c.category,
  riskLevel: c.risk_level,
  followUp: Number(c.follow_up) === 1,
  followUpNote: c.follow_up_note,
  referral: c.referral,
  summary: c.summary,
  takenBy: c.taken_by,
  takenByName: c.taken_by_name,
  updatedAt: c.updated_at,
})

const tidy = (s: string | null | undefined) => s?.trim() || null

function assertHandled(c: { riskLevel: RiskLevel; followUp: boolean; referral: string | null }) {
  if ((c.riskLevel === 'high' || c.riskLevel === 'crisis') && !c.followUp && !c.referral)
    throw new AppError(HotlineCallErrors.HOTLINE_HIGH_RISK_UNHANDLED, { field: 'followUp' })
}

export async function recordCall(db: Db, actor: Actor, input: CallInput, timeZone: string) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const started = Date.parse(input.startedAt)
  if (started > now() + 60_000)
    throw new AppError(HotlineCallErrors.HOTLINE_CALL_IN_FUTURE, { field: 'startedAt' })
  assertHandled({ ...input, referral: tidy(input.referral) })
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('hotline_call')
    .values({
      id,
      region_id: region.id,
      started_at: new Date(started).toISOString(),
      call_date: localDate(started, timeZone),
      duration_minutes: input.durationMinutes,
      channel: input.channel,
      category: input.category,
      risk_level: input.riskLevel,
      follow_up: input.followUp ? 1 : 0,
      follow_up_note: tidy(input.followUpNote),
      referral: tidy(input.referral),
      summary: tidy(input.summary),
      taken_by: actor.userId,
      created_at: at,
      updated_at: at,
    })
    .execute()
  await recordAudit(db, actor, { action: 'hotline.call.record', entity: 'hotline_call', entityId: id })
  return toCallView((await findCall(db, id))!)
}

export async function getCallInScope(db: Db, actor: Actor, id: string) {
  const row = await findCall(db, id)
  assertInScope(actor, row?.region_path, 'hotline_call')
  return row!
}

/** 随访 / 转介 recorded after the call. */
export async function updateCall(db: Db, actor: Actor, id: string, changes: CallChangesInput) {
  const call = await getCallInScope(db, actor, id)
  const next = {
    riskLevel: changes.riskLevel ?? call.risk_level,
    followUp: changes.followUp ?? Number(call.follow_up) === 1,
    referral: changes.referral !== undefined ? tidy(changes.referral) : call.referral,
  }
  assertHandled(next)
  await db
    .updateTable('hotline_call')
    .set({
      risk_level: next.riskLevel,
      follow_up: next.followUp ? 1 : 0,
      referral: next.referral,
      ...(changes.followUpNote !== undefined && { follow_up_note: tidy(changes.followUpNote) }),
      ...(changes.summary !== undefined && { summary: tidy(changes.summary) }),
      updated_at: nowIso(now),
    })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, {
    action: 'hotline.call.update',
    entity: 'hotline_call',
    entityId: id,
    detail: { fields: Object.keys(changes) },
  })
  return toCallView((await findCall(db, id))!)
}

export async function listCalls(db: Db, actor: Actor, q: CallQueryInput) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total } = await searchCalls(db, {
    withinPath: within,
    from: q.from,
    to: q.to,
    riskLevel: q.riskLevel,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  })
  return { items: rows.map(toCallView), total, page: q.page, pageSize: q.pageSize }
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

/** 热线统计 as of a local date (inclusive), inside the subtree at `withinPath`. */
export async function hotlineCounts(db: Db, q: { asOf: string; withinPath: string }) {
  const rows = await db
    .selectFrom('hotline_call as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('c.call_date', '<=', q.asOf)
    .select([
      'c.category',
      'c.risk_level',
      sql<number>`count(*)`.as('calls'),
      sql<number>`sum(c.duration_minutes)`.as('minutes'),
      sql<number>`sum(c.follow_up)`.as('follow_ups'),
      sql<number>`sum(case when c.referral is null then 0 else 1 end)`.as('referrals'),
      sql<number>`sum(case when c.call_date = ${q.asOf} then 1 else 0 end)`.as('today'),
    ])
    .groupBy(['c.category', 'c.risk_level'])
    .execute()
  const out = {
    asOf: q.asOf,
    calls: 0,
    callsToday: 0,
    minutes: 0,
    followUps: 0,
    referrals: 0,
    byRisk: zeros(RISK_LEVELS),
    byCategory: zeros(CALL_CATEGORIES),
  }
  for (const r of rows) {
    const n = Number(r.calls)
    out.calls += n
    out.callsToday += Number(r.today ?? 0)
    out.minutes += Number(r.minutes ?? 0)
    out.followUps += Number(r.follow_ups ?? 0)
    out.referrals += Number(r.referrals ?? 0)
    out.byRisk[r.risk_level] += n
    out.byCategory[r.category] += n
  }
  return out
}
