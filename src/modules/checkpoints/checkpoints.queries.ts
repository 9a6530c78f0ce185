import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import { userNames } from '../auth/index.js'

export type CheckpointType = 'village' | 'community' | 'road' | 'compound'
export const CHECKPOINT_TYPES: readonly CheckpointType[] = ['village', 'community', 'road', 'compound']

export interface CheckpointTable {
  id: string
  region_id: string
  type: CheckpointType
  name: string
  location: string | null
  open: number
  created_at: string
  updated_at: string
}

export interface ShiftTable {
  id: string
  checkpoint_id: string
  staff_user_id: string
  starts_at: string
  ends_at: string
  created_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    checkpoint: CheckpointTable
    checkpoint_shift: ShiftTable
  }
}

export type CheckpointRow = CheckpointTable & { region_path: string; region_name: string }

const checkpointSelect = (db: Db) =>
  db
    .selectFrom('checkpoint as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select(['r.path as region_path', 'r.name as region_name'])

export const findCheckpoint = (db: Db, id: string): Promise<CheckpointRow | undefined> =>
  checkpointSelect(db).where('c.id', '=', id).executeTakeFirst()

export interface CheckpointFilter {
  withinPath: string
  type?: CheckpointType
  open?: boolean
  limit: number
}

export function listCheckpointsWithin(db: Db, f: CheckpointFilter): Promise<CheckpointRow[]> {
  let q = checkpointSelect(db).where(withinSubtree('r.path', f.withinPath))
  if (f.type) q = q.where('c.type', '=', f.type)
  if (f.open !== undefined) q = q.where('c.open', '=', f.open ? 1 : 0)
  return q.orderBy('r.path').orderBy('c.name').limit(f.limit).execute()
}

/** Open compound entrances per region, for "one entrance per compound" at a glance. */
export const countOpenEntrances = (db: Db, regionIds: string[]) =>
  regionIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('checkpoint')
        .select(['region_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('region_id', 'in', regionIds)
        .where('open', '=', 1)
        .groupBy('region_id')
        .execute()

export type ShiftRow = ShiftTable & { staff_name: string }

/** The staff members' display names, from the auth module: one look-up for all the rows. */
async function withStaffNames(db: Db, rows: ShiftTable[]) {
  const names = await userNames(
    db,
    rows.map((s) => s.staff_user_id),
  )
  return rows.map((s): ShiftRow => ({ ...s, staff_name: names.get(s.staff_user_id) ?? '' }))
}

export const findShift = async (db: Db, id: string): Promise<ShiftRow | undefined> =>
  (
    await withStaffNames(
      db,
      await db.selectFrom('checkpoint_shift').selectAll().where('id', '=', id).execute(),
    )
  )[0]

/** Shifts of these checkpoints that overlap [from, to). */
export const listShiftsOverlapping = async (
  db: Db,
  checkpointIds: string[],
  from: string,
  to: string,
): Promise<ShiftRow[]> =>
  checkpointIds.length === 0
    ? []
    : withStaffNames(
        db,
        await db
          .selectFrom('checkpoint_shift')
          .selectAll()
          .where('checkpoint_id', 'in', checkpointIds)
          .where('starts_at', '<', to)
          .where('ends_at', '>', from)
          .orderBy('starts_at')
          .execute(),
      )

/** A shift of this staff member, on any checkpoint, overlapping [from, to). */
export const findOverlappingShiftOfStaff = (db: Db, staffUserId: string, from: string, to: string) =>
  db
    .selectFrom('checkpoint_shift as s')
    .innerJoin('checkpoint as c', 'c.id', 's.checkpoint_id')
    .select(['s.id', 's.starts_at', 's.ends_at', 'c.name as checkpoint_name'])
    .where('s.staff_user_id', '=', staffUserId)
    .where('s.starts_at', '<', to)
    .where('s.ends_at', '>', from)
    .executeTakeFirst()

/** Names of checkpoints by id, in one query (the audit log names its records). */
export async function checkpointNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = await db.selectFrom('checkpoint').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
