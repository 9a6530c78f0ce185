// 居家医学观察 home medical observation: open one per person, with a reason, a start date
// and a period (14 days unless the caller — or, later, the risk area — says otherwise).
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { emit } from '../../core/registry.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, isInScope, type Actor } from '../../core/actor.js'
import { findUser } from '../auth/index.js'
import { personLabels } from '../people/index.js'
import { getPersonInScope } from '../people/index.js'
import { getRegionInScope } from '../regions/index.js'
import { addDays, daysBetween, localDate } from '../../shared/days.js'
import './observations.errors.js'
import { countOpened } from './day-counts.js'
import {
  findObservation,
  findOpenObservationOf,
  insertObservation,
  searchObservations,
  type ObservationRow,
  type ObservationStatus,
} from './observations.queries.js'
import { DEFAULT_SETTINGS, type ObservationSettings } from './settings.js'
import { setTeam } from './team.service.js'
import { ObservationErrors } from './observations.errors.js'
import type { ObservationQueryInput, OpenObservationInput, TeamInput } from './observations.schema.js'
import { pageOffset } from '../../db/paging.js'

export interface ObservationView {
  id: string
  personId: string
  regionId: string
  regionName: string
  reason: string
  startsOn: string
  endsOn: string
  status: ObservationStatus
  /** "day 5 of 14" */
  day: number
  of: number
  openedAt: string
  releasedAt: string | null
  releasedOn: string | null
  releaseNote: string | null
}

export function toObservationView(row: ObservationRow, today: string): ObservationView {
  const asOf = row.released_on ?? today
  return {
    id: row.id,
    personId: row.person_id,
    regionId: row.region_id,
    regionName: row.region_name,
    reason: row.reason,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    status: row.status,
    day: Math.max(1, daysBetween(row.starts_on, asOf) + 1),
    of: daysBetween(row.starts_on, row.ends_on),
    openedAt: row.opened_at,
    releasedAt: row.released_at,
    releasedOn: row.released_on,
    releaseNote: row.release_note,
  }
}

const isUniqueViolation = (e: unknown) =>
  /unique/i.test(String((e as Error)?.message)) || (e as { code?: string })?.code === '23505'

export async function openObservation(
  db: Db,
  actor: Actor,
  input: OpenObservationInput,
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const person = await getPersonInScope(db, actor, input.personId)
  const today = localDate(now(), s.timeZone)
  const startsOn = input.startsOn ?? today
  if (startsOn > today)
    throw new AppError(ObservationErrors.OBSERVATION_START_IN_FUTURE, { field: 'startsOn' })
  if (await findOpenObservationOf(db, person.id))
    throw new AppError(ObservationErrors.OBSERVATION_ALREADY_OPEN, { personId: person.id })
  const days = input.days ?? s.defaultDays
  const id = randomUUID()
  const at = nowIso(now)
  try {
    await insertObservation(db, {
      id,
      person_id: person.id,
      region_id: person.region_id,
      reason: input.reason.trim(),
      starts_on: startsOn,
      ends_on: addDays(startsOn, days),
      days,
      status: 'open',
      opened_at: at,
      opened_by: actor.userId,
      released_at: null,
      released_on: null,
      released_by: null,
      release_note: null,
      updated_at: at,
    })
  } catch (e) {
    // the partial unique index settles two requests racing past the check above
    if (isUniqueViolation(e))
      throw new AppError(ObservationErrors.OBSERVATION_ALREADY_OPEN, { personId: person.id })
    throw e
  }
  await countOpened(db, { starts_on: startsOn, region_id: person.region_id })
  await recordAudit(db, actor, {
    action: 'observation.open',
    entity: 'observation',
    entityId: id,
    detail: { days },
  })
  const row = (await findObservation(db, id))!
  if (input.team) await setTeam(db, actor, row, input.team)
  await emit(db, 'person.changed', { personId: person.id, reason: 'observation.open' })
  return toObservationView(row, today)
}

export async function getObservationInScope(db: Db, actor: Actor, id: string): Promise<ObservationRow> {
  const row = await findObservation(db, id)
  assertInScope(actor, row?.region_path, 'observation')
  return row!
}

export async function getOpenObservationInScope(db: Db, actor: Actor, id: string): Promise<ObservationRow> {
  const row = await getObservationInScope(db, actor, id)
  if (row.status !== 'open') throw new AppError(ObservationErrors.OBSERVATION_NOT_OPEN)
  return row
}

export async function changeTeam(db: Db, actor: Actor, id: string, team: TeamInput, reason?: string) {
  const row = await getOpenObservationInScope(db, actor, id)
  await setTeam(db, actor, row, team, reason)
}

/** For the colour rules of passes: is this person under observation now? */
export async function isUnderObservation(db: Db, personId: string): Promise<boolean> {
  return (await findOpenObservationOf(db, personId)) !== undefined
}

/** For lists of people elsewhere (key persons): the open observation of each, by person id. */
export async function openObservationIdsOf(db: Db, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('observation')
    .select(['id', 'person_id'])
    .where('person_id', 'in', personIds)
    .where('status', '=', 'open')
    .execute()
  return new Map(rows.map((r) => [r.person_id, r.id]))
}

/**
 * A team member the actor may filter by: an account in their scope, or one above it that is
 * on the team of an observation in it (a street medic; the team lists show them anyway). Any
 * other account answers 404 like a record outside the scope, so the filter cannot tell an
 * account elsewhere from none.
 */
async function assertMemberVisible(db: Db, actor: Actor, memberId: string) {
  const user = await findUser(db, memberId)
  if (user && isInScope(actor, user.scope_path)) return
  const onTeam =
    !!user &&
    (await searchObservations(db, { withinPath: actor.scopePath, memberId, offset: 0, limit: 1 })).total > 0
  if (!onTeam) throw new AppError(CommonErrors.NOT_FOUND, { what: 'user' })
}

export async function listObservations(
  db: Db,
  actor: Actor,
  q: ObservationQueryInput,
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  if (q.memberId) await assertMemberVisible(db, actor, q.memberId)
  const today = localDate(now(), s.timeZone)
  const { rows, total, totalAtLeast } = await searchObservations(db, {
    withinPath: within,
    status: q.day ? 'open' : q.status,
    memberId: q.memberId,
    startsOn: q.day ? addDays(today, 1 - q.day) : undefined,
    withOpenAlerts: q.withOpenAlerts,
    offset: pageOffset(q.page, q.pageSize),
    limit: q.pageSize,
  })
  return { items: await withPeople(db, rows, today), total, totalAtLeast, page: q.page, pageSize: q.pageSize }
}

/** Views with the person's name and address, for lists. */
export async function withPeople(db: Db, rows: ObservationRow[], today: string) {
  // one look-up for the page, not one per row
  const people = await personLabels(
    db,
    rows.map((r) => r.person_id),
  )
  return rows.map((r) => ({
    ...toObservationView(r, today),
    personName: people.get(r.person_id)?.name ?? '',
    address: people.get(r.person_id)?.address ?? null,
  }))
}
