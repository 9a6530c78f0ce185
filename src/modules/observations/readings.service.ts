// 测温 twice a day: a reading is a temperature, symptoms, who took it and when. A fever or a
// symptom raises one alert (with every reason) to the team and the community's supervisors at once.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { insertAlertOnce, type AlertKind } from './alerts.queries.js'
import { localDate } from '../../shared/days.js'
import {
  findOpenObservationOf,
  type ObservationReadingTable,
  type ObservationRow,
} from './observations.queries.js'
import { getOpenObservationInScope } from './observations.service.js'
import { DEFAULT_SETTINGS, isFever, slotAt, type ObservationSettings, type Slot } from './settings.js'
import { ObservationErrors } from './observations.errors.js'
import type { ReadingInput } from './observations.schema.js'

export interface ReadingView {
  id: string
  date: string
  slot: Slot
  temperature: number
  symptoms: string[]
  takenBy: string | null
  selfReported: boolean
  takenAt: string
  abnormal: boolean
}

export const MIN_TEMPERATURE = 34
export const MAX_TEMPERATURE = 43

export const isAbnormal = (r: { temperature: number; symptoms: string[] }, s: ObservationSettings) =>
  isFever(r.temperature, s) || r.symptoms.length > 0

export function toReadingView(row: ObservationReadingTable, s: ObservationSettings): ReadingView {
  const symptoms = JSON.parse(row.symptoms) as string[]
  const temperature = Number(row.temperature)
  return {
    id: row.id,
    date: row.on_date,
    slot: row.slot,
    temperature,
    symptoms,
    takenBy: row.taken_by,
    selfReported: row.self_reported === 1,
    takenAt: row.taken_at,
    abnormal: isAbnormal({ temperature, symptoms }, s),
  }
}

async function addReading(
  db: Db,
  obs: ObservationRow,
  input: ReadingInput,
  by: { userId: string | null; username: string },
  s: ObservationSettings,
) {
  if (!(input.temperature >= MIN_TEMPERATURE && input.temperature <= MAX_TEMPERATURE))
    throw new AppError(ObservationErrors.READING_TEMPERATURE_IMPLAUSIBLE, { field: 'temperature' })
  const at = now()
  const here = slotAt(at, s)
  const date = input.date ?? here.date
  if (date < obs.starts_on || date > localDate(at, s.timeZone))
    throw new AppError(ObservationErrors.READING_DATE_OUTSIDE_PERIOD, { field: 'date' })
  const row: ObservationReadingTable = {
    id: randomUUID(),
    observation_id: obs.id,
    on_date: date,
    slot: input.slot ?? here.slot,
    temperature: Math.round(input.temperature * 10) / 10,
    symptoms: JSON.stringify((input.symptoms ?? []).map((x) => x.trim()).filter(Boolean)),
    taken_by: by.userId,
    self_reported: by.userId === null ? 1 : 0,
    taken_at: nowIso(now),
  }
  await db.insertInto('observation_reading').values(row).execute()
  await recordAudit(db, by, { action: 'observation.reading', entity: 'observation', entityId: obs.id })
  const reading = toReadingView(row, s)
  // one alert per reading, carrying every reason it has: a fever leads (its temperature is
  // on the alert), the symptoms ride along from the reading itself
  const kind: AlertKind | null = isFever(reading.temperature, s)
    ? 'fever'
    : reading.symptoms.length > 0
      ? 'symptoms'
      : null
  const alerts: AlertKind[] = []
  if (kind) {
    const raised = await insertAlertOnce(db, {
      id: randomUUID(),
      observation_id: obs.id,
      region_id: obs.region_id,
      kind,
      on_date: row.on_date,
      slot: row.slot,
      reading_id: row.id,
      temperature: row.temperature,
      status: 'open',
      raised_at: row.taken_at,
      acknowledged_by: null,
      acknowledged_at: null,
      closed_by: null,
      closed_at: null,
      note: null,
    })
    if (raised) alerts.push(kind)
  }
  return { reading, alerts }
}

/** A reading taken by a member of staff on their round. */
export async function recordReading(
  db: Db,
  actor: Actor,
  observationId: string,
  input: ReadingInput,
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const obs = await getOpenObservationInScope(db, actor, observationId)
  return addReading(db, obs, input, actor, s)
}

/**
 * A reading the resident reports from their pass page (自报): the caller has already proved
 * who the resident is. Marked self-reported; never back-dated.
 */
export async function recordSelfReading(
  db: Db,
  personId: string,
  input: { temperature: number; symptoms?: string[] },
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const obs = await findOpenObservationOf(db, personId)
  if (!obs) throw new AppError(ObservationErrors.NOT_UNDER_OBSERVATION)
  return addReading(
    db,
    obs,
    { temperature: input.temperature, symptoms: input.symptoms },
    { userId: null, username: 'resident' },
    s,
  )
}
