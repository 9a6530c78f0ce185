// 解除 release: from the planned end date, when the last 24 h of readings are normal, a
// medic releases with one action, or extends the period with a reason. The day's due people
// can be released together.
import { countReleased } from './day-counts.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { emit } from '../../core/registry.js'
import { AppError } from '../../core/errors.js'
import { ObservationErrors } from './observations.errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { addDays, iso, localDate } from '../../shared/days.js'
import {
  findObservation,
  readingsSince,
  searchObservations,
  type ObservationRow,
} from './observations.queries.js'
import { getOpenObservationInScope, toObservationView } from './observations.service.js'
import { isAbnormal, toReadingView } from './readings.service.js'
import { DEFAULT_SETTINGS, type ObservationSettings } from './settings.js'

type ReleaseProblem = 'RELEASE_TOO_EARLY' | 'RELEASE_NO_RECENT_READINGS' | 'RELEASE_ABNORMAL_READINGS'

/** Why this observation may not be released now, or null when it may. */
export async function releaseProblem(
  db: Db,
  obs: ObservationRow,
  at: number,
  s: ObservationSettings,
): Promise<ReleaseProblem | null> {
  if (localDate(at, s.timeZone) < obs.ends_on) return 'RELEASE_TOO_EARLY'
  const recent = (await readingsSince(db, obs.id, iso(at - 86_400_000))).map((r) => toReadingView(r, s))
  if (recent.length === 0) return 'RELEASE_NO_RECENT_READINGS'
  if (recent.some((r) => isAbnormal(r, s))) return 'RELEASE_ABNORMAL_READINGS'
  return null
}

async function release(
  db: Db,
  actor: Actor,
  obs: ObservationRow,
  note: string | undefined,
  s: ObservationSettings,
) {
  const at = now()
  const releasedOn = localDate(at, s.timeZone)
  await db
    .updateTable('observation')
    .set({
      status: 'released',
      released_at: iso(at),
      released_on: releasedOn,
      released_by: actor.userId,
      release_note: note?.trim() || null,
      updated_at: iso(at),
    })
    .where('id', '=', obs.id)
    .execute()
  await countReleased(db, { released_on: releasedOn, region_id: obs.region_id })
  await recordAudit(db, actor, { action: 'observation.release', entity: 'observation', entityId: obs.id })
  await emit(db, 'person.changed', { personId: obs.person_id, reason: 'observation.release' })
}

export async function releaseObservation(
  db: Db,
  actor: Actor,
  id: string,
  note?: string,
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const obs = await getOpenObservationInScope(db, actor, id)
  const problem = await releaseProblem(db, obs, now(), s)
  if (problem) throw new AppError(ObservationErrors[problem], { endsOn: obs.ends_on })
  await release(db, actor, obs, note, s)
  return toObservationView((await findObservation(db, id))!, localDate(now(), s.timeZone))
}

/** 延期 extend: the planned end moves later by `days`; the reason is kept. */
export async function extendObservation(
  db: Db,
  actor: Actor,
  id: string,
  input: { days: number; reason: string },
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const obs = await getOpenObservationInScope(db, actor, id)
  const endsOn = addDays(obs.ends_on, input.days)
  const at = nowIso(now)
  await db.updateTable('observation').set({ ends_on: endsOn, updated_at: at }).where('id', '=', id).execute()
  await db
    .insertInto('observation_extension')
    .values({
      id: randomUUID(),
      observation_id: id,
      from_ends_on: obs.ends_on,
      to_ends_on: endsOn,
      reason: input.reason.trim(),
      by_user: actor.userId,
      at,
    })
    .execute()
  await recordAudit(db, actor, {
    action: 'observation.extend',
    entity: 'observation',
    entityId: id,
    detail: { days: input.days },
  })
  return toObservationView((await findObservation(db, id))!, localDate(now(), s.timeZone))
}

/** Open observations whose planned end has come, each with whether it may be released now. */
export async function dueForRelease(
  db: Db,
  actor: Actor,
  q: { regionId?: string },
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const at = now()
  const today = localDate(at, s.timeZone)
  const { rows } = await searchObservations(db, {
    withinPath: within,
    status: 'open',
    endsOnOrBefore: today,
    offset: 0,
    limit: 1000,
  })
  const out = []
  for (const row of rows) out.push({ row, problem: await releaseProblem(db, row, at, s) })
  return out
}

/** 批量解除: releases those of the day's due that pass the checks; says why the others did not. */
export async function releaseDue(
  db: Db,
  actor: Actor,
  q: { regionId?: string; ids?: string[] },
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const due = await dueForRelease(db, actor, q, s)
  const wanted = q.ids ? new Set(q.ids) : undefined
  const released: string[] = []
  const refused: { id: string; code: string }[] = []
  for (const { row, problem } of due) {
    if (wanted && !wanted.has(row.id)) continue
    if (problem) refused.push({ id: row.id, code: problem })
    else {
      await release(db, actor, row, undefined, s)
      released.push(row.id)
    }
  }
  return { released, refused }
}
