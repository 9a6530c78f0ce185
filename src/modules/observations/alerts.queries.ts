import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import type { Slot } from './settings.js'

export type AlertKind = 'fever' | 'symptoms' | 'missed_slot'
export type AlertStatus = 'open' | 'acknowledged' | 'closed'

export interface ObservationAlertTable {
  id: string
  observation_id: string
  region_id: string
  kind: AlertKind
  on_date: string
  slot: Slot
  reading_id: string | null
  temperature: number | null
  status: AlertStatus
  raised_at: string
  acknowledged_by: string | null
  acknowledged_at: string | null
  closed_by: string | null
  closed_at: string | null
  note: string | null
}

export interface ObservationSupervisorTable {
  region_id: string
  user_id: string
  added_by: string | null
  added_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    observation_alert: ObservationAlertTable
    observation_supervisor: ObservationSupervisorTable
  }
}

export type AlertRow = ObservationAlertTable & {
  region_path: string
  region_name: string
  person_id: string
  /** the reading's symptoms (JSON array of words); null for a missed slot */
  reading_symptoms: string | null
}

/** Inserts unless this kind of alert already exists for the slot; true when inserted. */
export async function insertAlertOnce(db: Db, row: ObservationAlertTable): Promise<boolean> {
  const inserted = await db
    .insertInto('observation_alert')
    .values(row)
    .onConflict((oc) => oc.columns(['observation_id', 'kind', 'on_date', 'slot']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted !== undefined
}

const alertSelect = (db: Db) =>
  db
    .selectFrom('observation_alert as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .innerJoin('observation as o', 'o.id', 'a.observation_id')
    .leftJoin('observation_reading as rd', 'rd.id', 'a.reading_id')
    .selectAll('a')
    .select([
      'r.path as region_path',
      'r.name as region_name',
      'o.person_id',
      'rd.symptoms as reading_symptoms',
    ])

export const findAlert = (db: Db, id: string): Promise<AlertRow | undefined> =>
  alertSelect(db).where('a.id', '=', id).executeTakeFirst()

export const alertsOfObservation = (db: Db, observationId: string): Promise<AlertRow[]> =>
  alertSelect(db).where('a.observation_id', '=', observationId).orderBy('a.raised_at').execute()

export interface AlertFilter {
  withinPath: string
  status?: AlertStatus | 'active'
  /** only alerts addressed to this staff member: on the current team or a supervisor above */
  forUserId?: string
  /** the supervised regions' paths of forUserId */
  supervisedPaths?: string[]
  limit: number
}

export async function searchAlerts(db: Db, f: AlertFilter): Promise<AlertRow[]> {
  let q = alertSelect(db).where(withinSubtree('r.path', f.withinPath))
  if (f.status === 'active') q = q.where('a.status', '!=', 'closed')
  else if (f.status) q = q.where('a.status', '=', f.status)
  if (f.forUserId) {
    const user = f.forUserId
    const paths = f.supervisedPaths ?? []
    q = q.where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('observation_team as t')
            .select('t.id')
            .whereRef('t.observation_id', '=', 'a.observation_id')
            .where('t.to_at', 'is', null)
            .where((e) =>
              e.or([e('t.officer_id', '=', user), e('t.medic_id', '=', user), e('t.worker_id', '=', user)]),
            ),
        ),
        ...paths.map((p) => withinSubtree('r.path', p)),
      ]),
    )
  }
  return q.orderBy('a.raised_at', 'desc').limit(f.limit).execute()
}

export const supervisorsOf = (db: Db, regionId: string) =>
  db
    .selectFrom('observation_supervisor')
    .selectAll()
    .where('region_id', '=', regionId)
    .orderBy('added_at')
    .execute()

/** Paths of the regions this staff member supervises. */
export const supervisedPaths = async (db: Db, userId: string) =>
  (
    await db
      .selectFrom('observation_supervisor as s')
      .innerJoin('region as r', 'r.id', 's.region_id')
      .select('r.path')
      .where('s.user_id', '=', userId)
      .execute()
  ).map((r) => r.path)
