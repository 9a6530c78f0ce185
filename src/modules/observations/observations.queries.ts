import type { Db } from '../../db/db.js'
import { boundedCount } from '../../db/paging.js'
import { withinSubtree } from '../../core/subtree.js'
import type { Slot } from './settings.js'

export type ObservationStatus = 'open' | 'released'

export interface ObservationTable {
  id: string
  person_id: string
  region_id: string
  reason: string
  starts_on: string
  ends_on: string
  days: number
  status: ObservationStatus
  opened_at: string
  opened_by: string | null
  released_at: string | null
  released_on: string | null
  released_by: string | null
  release_note: string | null
  updated_at: string
}

export interface ObservationTeamTable {
  id: string
  observation_id: string
  officer_id: string
  medic_id: string
  worker_id: string
  from_at: string
  to_at: string | null
  set_by: string | null
  reason: string | null
}

export interface ObservationReadingTable {
  id: string
  observation_id: string
  on_date: string
  slot: Slot
  temperature: number
  symptoms: string
  taken_by: string | null
  self_reported: number
  taken_at: string
}

export interface ObservationExtensionTable {
  id: string
  observation_id: string
  from_ends_on: string
  to_ends_on: string
  reason: string
  by_user: string | null
  at: string
}

declare module '../../db/db.js' {
  interface Tables {
    observation: ObservationTable
    observation_team: ObservationTeamTable
    observation_reading: ObservationReadingTable
    observation_extension: ObservationExtensionTable
  }
}

export type ObservationRow = ObservationTable & { region_path: string; region_name: string }

const observationSelect = (db: Db) =>
  db
    .selectFrom('observation as o')
    .innerJoin('region as r', 'r.id', 'o.region_id')
    .selectAll('o')
    .select(['r.path as region_path', 'r.name as region_name'])

export const findObservation = (db: Db, id: string): Promise<ObservationRow | undefined> =>
  observationSelect(db).where('o.id', '=', id).executeTakeFirst()

export const findOpenObservationOf = (db: Db, personId: string): Promise<ObservationRow | undefined> =>
  observationSelect(db).where('o.person_id', '=', personId).where('o.status', '=', 'open').executeTakeFirst()

export const insertObservation = (db: Db, row: ObservationTable) =>
  db.insertInto('observation').values(row).execute()

export const currentTeam = (db: Db, observationId: string) =>
  db
    .selectFrom('observation_team')
    .selectAll()
    .where('observation_id', '=', observationId)
    .where('to_at', 'is', null)
    .executeTakeFirst()

export const teamHistory = (db: Db, observationId: string) =>
  db
    .selectFrom('observation_team')
    .selectAll()
    .where('observation_id', '=', observationId)
    .orderBy('from_at')
    .execute()

export const readingsOf = (db: Db, observationId: string) =>
  db
    .selectFrom('observation_reading')
    .selectAll()
    .where('observation_id', '=', observationId)
    .orderBy('taken_at')
    .execute()

export const readingsSince = (db: Db, observationId: string, sinceIso: string) =>
  db
    .selectFrom('observation_reading')
    .selectAll()
    .where('observation_id', '=', observationId)
    .where('taken_at', '>=', sinceIso)
    .execute()

export const extensionsOf = (db: Db, observationId: string) =>
  db
    .selectFrom('observation_extension')
    .selectAll()
    .where('observation_id', '=', observationId)
    .orderBy('at')
    .execute()

export interface ObservationFilter {
  withinPath: string
  status?: ObservationStatus
  memberId?: string
  startsOn?: string
  withOpenAlerts?: boolean
  endsOnOrBefore?: string
  offset: number
  limit: number
}

export async function searchObservations(db: Db, f: ObservationFilter) {
  let q = db
    .selectFrom('observation as o')
    .innerJoin('region as r', 'r.id', 'o.region_id')
    .where(withinSubtree('r.path', f.withinPath))
  if (f.status) q = q.where('o.status', '=', f.status)
  if (f.startsOn) q = q.where('o.starts_on', '=', f.startsOn)
  if (f.endsOnOrBefore) q = q.where('o.ends_on', '<=', f.endsOnOrBefore)
  if (f.memberId) {
    const member = f.memberId
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('observation_team as t')
          .select('t.id')
          .whereRef('t.observation_id', '=', 'o.id')
          .where('t.to_at', 'is', null)
          .where((e) =>
            e.or([
              e('t.officer_id', '=', member),
              e('t.medic_id', '=', member),
              e('t.worker_id', '=', member),
            ]),
          ),
      ),
    )
  }
  if (f.withOpenAlerts)
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('observation_alert as a')
          .select('a.id')
          .whereRef('a.observation_id', '=', 'o.id')
          .where('a.status', '!=', 'closed'),
      ),
    )
  const [rows, total] = await Promise.all([
    q
      .selectAll('o')
      .select(['r.path as region_path', 'r.name as region_name'])
      .orderBy('r.path')
      .orderBy('o.starts_on')
      .orderBy('o.id')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    boundedCount(db, q),
  ])
  return { rows: rows as ObservationRow[], ...total }
}

/** Open observations on whose current team this staff member is: the rounds of the day. */
export const openObservationsOfMember = (db: Db, userId: string) =>
  observationSelect(db)
    .innerJoin('observation_team as t', 't.observation_id', 'o.id')
    .where('t.to_at', 'is', null)
    .where('o.status', '=', 'open')
    .where((e) =>
      e.or([e('t.officer_id', '=', userId), e('t.medic_id', '=', userId), e('t.worker_id', '=', userId)]),
    )
    .execute()

/** The person of each observation or alert id, in two queries (the audit log names them). */
export async function observedPeople(db: Db, ids: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (!ids.length) return out
  const obs = await db.selectFrom('observation').select(['id', 'person_id']).where('id', 'in', ids).execute()
  for (const o of obs) out.set(o.id, o.person_id)
  const alerts = await db
    .selectFrom('observation_alert as a')
    .innerJoin('observation as o', 'o.id', 'a.observation_id')
    .select(['a.id', 'o.person_id'])
    .where('a.id', 'in', ids)
    .execute()
  for (const a of alerts) out.set(a.id, a.person_id)
  return out
}
