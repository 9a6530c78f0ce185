// 心理援助热线专家排班: expert accounts (social workers, medics) in shifts on a region's
// hotline, and the 24 h coverage view: for each local day, the hours nobody answers.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { uncoveredIntervals, totalLength } from '../../shared/coverage.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import type { Role } from '../../core/permissions.js'
import { enabledUsersWithRoles, getUserInScope } from '../auth/index.js'
import { getRegionInScope } from '../regions/index.js'
import { addDays, dayStart, iso } from '../../shared/days.js'
import { findShift, overlappingShiftOfExpert, shiftsOverlapping, type ShiftRow } from './hotline.queries.js'
import type { CoverageQueryInput, ShiftInput } from './hotline.schema.js'

export const HotlineRosterErrors = defineErrors({
  HOTLINE_NOT_AN_EXPERT: {
    status: 400,
    zh: '只能为社工或医护账号排热线班',
    en: 'Only social-worker or medic accounts can staff the hotline',
  },
  HOTLINE_SHIFT_TIMES: {
    status: 400,
    zh: '班次须先开始后结束，且不超过24小时',
    en: 'A shift must end after it starts and last at most 24 hours',
  },
  HOTLINE_EXPERT_BUSY: {
    status: 409,
    zh: '该专家在此时段已有热线班次',
    en: 'This expert already has a hotline shift at that time',
  },
})

const EXPERT_ROLES: readonly Role[] = ['social_worker', 'medic']
const HOUR = 3_600_000

export interface HotlineShiftView {
  id: string
  regionId: string
  expertId: string
  expertName: string
  startsAt: string
  endsAt: string
}

const toShiftView = (s: ShiftRow): HotlineShiftView => ({
  id: s.id,
  regionId: s.region_id,
  expertId: s.expert_id,
  expertName: s.expert_name,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
})

export async function addHotlineShift(db: Db, actor: Actor, input: ShiftInput): Promise<HotlineShiftView> {
  const region = await getRegionInScope(db, actor, input.regionId)
  const expert = await getUserInScope(db, actor, input.expertId)
  if (!EXPERT_ROLES.includes(expert.role) || expert.disabled)
    throw new AppError(HotlineRosterErrors.HOTLINE_NOT_AN_EXPERT)
  const from = Date.parse(input.startsAt)
  const to = Date.parse(input.endsAt)
  if (!(to > from) || to - from > 24 * HOUR) throw new AppError(HotlineRosterErrors.HOTLINE_SHIFT_TIMES)
  if (await overlappingShiftOfExpert(db, expert.id, iso(from), iso(to)))
    throw new AppError(HotlineRosterErrors.HOTLINE_EXPERT_BUSY)
  const id = randomUUID()
  await db
    .insertInto('hotline_shift')
    .values({
      id,
      region_id: region.id,
      expert_id: expert.id,
      starts_at: iso(from),
      ends_at: iso(to),
      created_by: actor.userId,
      created_at: nowIso(now),
    })
    .execute()
  await recordAudit(db, actor, { action: 'hotline.shift.create', entity: 'hotline_shift', entityId: id })
  return toShiftView((await findShift(db, id))!)
}

export async function removeHotlineShift(db: Db, actor: Actor, id: string): Promise<void> {
  const shift = await findShift(db, id)
  assertInScope(actor, shift?.region_path, 'hotline_shift')
  await db.deleteFrom('hotline_shift').where('id', '=', id).execute()
  await recordAudit(db, actor, { action: 'hotline.shift.delete', entity: 'hotline_shift', entityId: id })
}

/** 24 h coverage of a region's hotline, day by day in the deployment's time zone. */
export async function hotlineCoverage(db: Db, actor: Actor, q: CoverageQueryInput & { timeZone: string }) {
  const region = await getRegionInScope(db, actor, q.regionId ?? actor.scopeRegionId)
  const start = dayStart(q.from, q.timeZone)
  const end = dayStart(addDays(q.from, q.days), q.timeZone)
  const shifts = await shiftsOverlapping(db, region.id, iso(start), iso(end))
  const spans = shifts.map((s) => ({ from: Date.parse(s.starts_at), to: Date.parse(s.ends_at) }))
  const days = []
  for (let i = 0; i < q.days; i++) {
    const date = addDays(q.from, i)
    const window = { from: dayStart(date, q.timeZone), to: dayStart(addDays(date, 1), q.timeZone) }
    const gaps = uncoveredIntervals(spans, window)
    days.push({
      date,
      shifts: shifts
        .filter((s, k) => spans[k].from < window.to && spans[k].to > window.from)
        .map(toShiftView),
      gaps: gaps.map((g) => ({ from: iso(g.from), to: iso(g.to) })),
      uncoveredMinutes: Math.round(totalLength(gaps) / 60_000),
    })
  }
  return { regionId: region.id, regionName: region.name, days }
}

/** Accounts that may staff the hotline, inside the actor's scope. */
export const listExperts = (db: Db, actor: Actor) =>
  enabledUsersWithRoles(db, { withinPath: actor.scopePath, roles: [...EXPERT_ROLES], limit: 500 })
