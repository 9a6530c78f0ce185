// 排班 24小时值守: shifts per checkpoint, the hours nobody covers, and one rule: a staff
// member cannot stand at two checkpoints at once.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { getUserInScope, lockUser } from '../auth/index.js'
import {
  findOverlappingShiftOfStaff,
  findShift,
  listCheckpointsWithin,
  listShiftsOverlapping,
  type ShiftRow,
} from './checkpoints.queries.js'
import { getCheckpointInScope, toCheckpointView } from './checkpoints.service.js'
import { addDays, dayStart, iso } from '../../shared/days.js'
import { findGaps, uncoveredHours, type Interval } from './gaps.js'
import type { ShiftInput } from './checkpoints.schema.js'

export const RosterErrors = defineErrors({
  SHIFT_ENDS_BEFORE_START: {
    status: 400,
    zh: '班次结束时间须晚于开始时间',
    en: 'A shift must end after it starts',
  },
  SHIFT_TOO_LONG: { status: 400, zh: '一个班次不能超过24小时', en: 'A shift cannot be longer than 24 hours' },
  SHIFT_DOUBLE_BOOKED: {
    status: 409,
    zh: '该人员在此时段已在“{checkpoint}”值班',
    en: 'This staff member is already on duty at "{checkpoint}" at that time',
  },
  SHIFT_STAFF_DISABLED: {
    status: 400,
    zh: '该账号已停用，不能排班',
    en: 'This account is disabled and cannot be rostered',
  },
})

const HOUR = 3_600_000

export interface ShiftView {
  id: string
  checkpointId: string
  staffUserId: string
  staffName: string
  startsAt: string
  endsAt: string
}

const toShiftView = (s: ShiftRow): ShiftView => ({
  id: s.id,
  checkpointId: s.checkpoint_id,
  staffUserId: s.staff_user_id,
  staffName: s.staff_name,
  startsAt: s.starts_at,
  endsAt: s.ends_at,
})

/**
 * Adds one shift; refuses one that would put the staff member in two places at once. Call it
 * inside a transaction: the staff member's row is locked there before the check, so two
 * requests booking the same person cannot both pass it.
 */
export async function addShift(
  db: Db,
  actor: Actor,
  checkpointId: string,
  input: ShiftInput,
): Promise<ShiftView> {
  const checkpoint = await getCheckpointInScope(db, actor, checkpointId)
  const staff = await getUserInScope(db, actor, input.staffUserId)
  if (staff.disabled) throw new AppError(RosterErrors.SHIFT_STAFF_DISABLED)
  const start = Date.parse(input.startsAt)
  const end = Date.parse(input.endsAt)
  if (!(end > start)) throw new AppError(RosterErrors.SHIFT_ENDS_BEFORE_START)
  if (end - start > 24 * HOUR) throw new AppError(RosterErrors.SHIFT_TOO_LONG)
  await lockUser(db, staff.id)
  const clash = await findOverlappingShiftOfStaff(db, staff.id, iso(start), iso(end))
  if (clash)
    throw new AppError(RosterErrors.SHIFT_DOUBLE_BOOKED, {
      checkpoint: clash.checkpoint_name,
      shiftId: clash.id,
    })
  const id = randomUUID()
  await db
    .insertInto('checkpoint_shift')
    .values({
      id,
      checkpoint_id: checkpoint.id,
      staff_user_id: staff.id,
      starts_at: iso(start),
      ends_at: iso(end),
      created_at: nowIso(now),
    })
    .execute()
  await recordAudit(db, actor, { action: 'shift.create', entity: 'checkpoint_shift', entityId: id })
  return toShiftView((await findShift(db, id))!)
}

export async function removeShift(db: Db, actor: Actor, shiftId: string): Promise<void> {
  const shift = await findShift(db, shiftId)
  if (!shift) throw new AppError(CommonErrors.NOT_FOUND, { what: 'shift' })
  await getCheckpointInScope(db, actor, shift.checkpoint_id).catch(() => {
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'shift' })
  })
  await db.deleteFrom('checkpoint_shift').where('id', '=', shiftId).execute()
  await recordAudit(db, actor, { action: 'shift.delete', entity: 'checkpoint_shift', entityId: shiftId })
}

function dayWindow(fromDate: string, days: number, timeZone: string) {
  return { from: dayStart(fromDate, timeZone), to: dayStart(addDays(fromDate, days), timeZone) }
}

/** One checkpoint's shifts for `days` local days from `fromDate`, with every uncovered hour. */
export async function checkpointRoster(
  db: Db,
  actor: Actor,
  checkpointId: string,
  fromDate: string,
  days: number,
  timeZone: string,
) {
  const checkpoint = await getCheckpointInScope(db, actor, checkpointId)
  const w = dayWindow(fromDate, days, timeZone)
  const shifts = await listShiftsOverlapping(db, [checkpoint.id], iso(w.from), iso(w.to))
  const gaps = findGaps(shifts.map(toInterval), w.from, w.to)
  return {
    checkpoint: toCheckpointView(checkpoint),
    from: iso(w.from),
    to: iso(w.to),
    shifts: shifts.map(toShiftView),
    gaps: gaps.map((g) => ({ from: iso(g.from), to: iso(g.to) })),
    uncoveredHours: uncoveredHours(gaps, w.from, w.to).map(iso),
  }
}

const toInterval = (s: ShiftRow): Interval => ({ from: Date.parse(s.starts_at), to: Date.parse(s.ends_at) })

/** 缺岗一览: every open checkpoint in the actor's scope with hours nobody covers. */
export async function rosterGaps(db: Db, actor: Actor, fromDate: string, days: number, timeZone: string) {
  const w = dayWindow(fromDate, days, timeZone)
  const checkpoints = await listCheckpointsWithin(db, {
    withinPath: actor.scopePath,
    open: true,
    limit: 5000,
  })
  const shifts = await listShiftsOverlapping(
    db,
    checkpoints.map((c) => c.id),
    iso(w.from),
    iso(w.to),
  )
  const byCheckpoint = new Map<string, ShiftRow[]>()
  for (const s of shifts) byCheckpoint.set(s.checkpoint_id, [...(byCheckpoint.get(s.checkpoint_id) ?? []), s])
  const items = []
  for (const c of checkpoints) {
    const gaps = findGaps((byCheckpoint.get(c.id) ?? []).map(toInterval), w.from, w.to)
    if (gaps.length === 0) continue
    items.push({
      checkpoint: toCheckpointView(c),
      gaps: gaps.map((g) => ({ from: iso(g.from), to: iso(g.to) })),
      uncoveredHours: uncoveredHours(gaps, w.from, w.to).length,
    })
  }
  return { from: iso(w.from), to: iso(w.to), items }
}

/** 复制前一天排班: the shifts that start on `fromDate` again on `toDate`; clashes are skipped and listed. */
export async function copyRosterDay(
  db: Db,
  actor: Actor,
  checkpointId: string,
  fromDate: string,
  toDate: string,
  timeZone: string,
) {
  const checkpoint = await getCheckpointInScope(db, actor, checkpointId)
  const src = dayWindow(fromDate, 1, timeZone)
  const shift = dayStart(toDate, timeZone) - src.from
  const shifts = (await listShiftsOverlapping(db, [checkpoint.id], iso(src.from), iso(src.to))).filter(
    (s) => Date.parse(s.starts_at) >= src.from,
  )
  const created: ShiftView[] = []
  const skipped: { staffUserId: string; startsAt: string; code: string }[] = []
  for (const s of shifts) {
    const input = {
      staffUserId: s.staff_user_id,
      startsAt: iso(Date.parse(s.starts_at) + shift),
      endsAt: iso(Date.parse(s.ends_at) + shift),
    }
    try {
      created.push(await addShift(db, actor, checkpoint.id, input))
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      skipped.push({ staffUserId: input.staffUserId, startsAt: input.startsAt, code: e.code })
    }
  }
  return { created, skipped }
}
