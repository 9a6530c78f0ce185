// 预警 alerts: a fever or a symptom (raised with the reading) or a slot with no reading by
// its end (raised by a periodic job). They go to the person's team and to the supervisors
// of the community, who acknowledge them and close them with a note.
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { inTransaction, nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { findPerson } from '../people/index.js'
import { getRegionInScope } from '../regions/index.js'
import {
  findAlert,
  insertAlertOnce,
  searchAlerts,
  supervisedPaths,
  type AlertRow,
  type AlertStatus,
} from './alerts.queries.js'
import { addDays, iso, localDate, localInstant } from '../../shared/days.js'
import { DEFAULT_SETTINGS, SLOTS, slotEnd, type ObservationSettings, type Slot } from './settings.js'
import { ObservationErrors } from './observations.errors.js'
import type { AlertQueryInput } from './observations.schema.js'

const SYSTEM = { userId: null, username: 'system' }

/** Slots of the last 24 h that have ended by `at`, oldest first. */
function endedSlots(at: number, s: ObservationSettings) {
  const today = localDate(at, s.timeZone)
  const out: { date: string; slot: Slot; start: number; end: number }[] = []
  for (const date of [addDays(today, -1), today])
    for (const slot of SLOTS) {
      const end = slotEnd(date, slot, s)
      if (end <= at && end > at - 86_400_000)
        out.push({ date, slot, start: localInstant(date, s.slots[slot].start, s.timeZone), end })
    }
  return out
}

/**
 * 漏测 missed slots: every observation open through a slot that has ended, with no reading
 * in it, gets one alert. Safe to run often and on several servers: the alert is unique per
 * slot. Returns the number of alerts raised.
 */
export async function raiseMissedSlotAlerts(
  db: Db,
  at: number = now(),
  s: ObservationSettings = DEFAULT_SETTINGS,
): Promise<number> {
  return inTransaction(db, async (trx) => {
    let raised = 0
    for (const { date, slot, start, end } of endedSlots(at, s)) {
      const endIso = iso(end)
      const missing = await trx
        .selectFrom('observation as o')
        .select(['o.id', 'o.region_id'])
        .where('o.starts_on', '<=', date)
        // due only if it was opened before the slot began
        .where('o.opened_at', '<=', iso(start))
        .where((eb) => eb.or([eb('o.status', '=', 'open'), eb('o.released_at', '>', endIso)]))
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('observation_reading as r')
                .select(sql.lit(1).as('x'))
                .whereRef('r.observation_id', '=', 'o.id')
                .where('r.on_date', '=', date)
                .where('r.slot', '=', slot),
            ),
          ),
        )
        .execute()
      for (const o of missing) {
        const inserted = await insertAlertOnce(trx, {
          id: randomUUID(),
          observation_id: o.id,
          region_id: o.region_id,
          kind: 'missed_slot',
          on_date: date,
          slot,
          reading_id: null,
          temperature: null,
          status: 'open',
          raised_at: iso(at),
          acknowledged_by: null,
          acknowledged_at: null,
          closed_by: null,
          closed_at: null,
          note: null,
        })
        if (inserted) raised++
      }
      if (missing.length)
        await recordAudit(trx, SYSTEM, {
          action: 'observation.alert.missed_slot',
          detail: { date, slot, count: missing.length },
        })
    }
    return raised
  })
}

export interface AlertView {
  id: string
  observationId: string
  personId: string
  personName: string
  address: string | null
  regionName: string
  kind: string
  date: string
  slot: Slot
  temperature: number | null
  /** every symptom the reading named (咳嗽, 乏力); empty for a missed slot */
  symptoms: string[]
  status: AlertStatus
  raisedAt: string
  acknowledgedAt: string | null
  closedAt: string | null
  note: string | null
}

export async function toAlertViews(db: Db, rows: AlertRow[]): Promise<AlertView[]> {
  const people = await Promise.all(rows.map((r) => findPerson(db, r.person_id)))
  return rows.map((r, i) => ({
    id: r.id,
    observationId: r.observation_id,
    personId: r.person_id,
    personName: people[i]?.name ?? '',
    address: people[i]?.household_address ?? null,
    regionName: r.region_name,
    kind: r.kind,
    date: r.on_date,
    slot: r.slot,
    temperature: r.temperature === null ? null : Number(r.temperature),
    symptoms: r.reading_symptoms ? (JSON.parse(r.reading_symptoms) as string[]) : [],
    status: r.status,
    raisedAt: r.raised_at,
    acknowledgedAt: r.acknowledged_at,
    closedAt: r.closed_at,
    note: r.note,
  }))
}

export async function listAlerts(db: Db, actor: Actor, q: AlertQueryInput) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const rows = await searchAlerts(db, {
    withinPath: within,
    status: q.status,
    forUserId: q.mine ? (actor.userId ?? '') : undefined,
    supervisedPaths: q.mine && actor.userId ? await supervisedPaths(db, actor.userId) : undefined,
    limit: 200,
  })
  return toAlertViews(db, rows)
}

async function getAlertInScope(db: Db, actor: Actor, id: string) {
  const row = await findAlert(db, id)
  assertInScope(actor, row?.region_path, 'alert')
  return row!
}

export async function acknowledgeAlert(db: Db, actor: Actor, id: string) {
  const alert = await getAlertInScope(db, actor, id)
  if (alert.status === 'closed') throw new AppError(ObservationErrors.ALERT_ALREADY_CLOSED)
  if (alert.status === 'open') {
    await db
      .updateTable('observation_alert')
      .set({ status: 'acknowledged', acknowledged_by: actor.userId, acknowledged_at: nowIso(now) })
      .where('id', '=', id)
      .execute()
    await recordAudit(db, actor, {
      action: 'observation.alert.acknowledge',
      entity: 'observation_alert',
      entityId: id,
    })
  }
  return (await toAlertViews(db, [(await findAlert(db, id))!]))[0]
}

export async function closeAlert(db: Db, actor: Actor, id: string, note: string) {
  const alert = await getAlertInScope(db, actor, id)
  if (alert.status === 'closed') throw new AppError(ObservationErrors.ALERT_ALREADY_CLOSED)
  const at = nowIso(now)
  await db
    .updateTable('observation_alert')
    .set({
      status: 'closed',
      acknowledged_by: alert.acknowledged_by ?? actor.userId,
      acknowledged_at: alert.acknowledged_at ?? at,
      closed_by: actor.userId,
      closed_at: at,
      note: note.trim(),
    })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, {
    action: 'observation.alert.close',
    entity: 'observation_alert',
    entityId: id,
  })
  return (await toAlertViews(db, [(await findAlert(db, id))!]))[0]
}
