import type { Db } from '../../db/db.js'
import { SUBTREE_END } from '../../core/subtree.js'
import { householdCountsUnder } from '../people/index.js'

export type StaffKind =
  'party_member' | 'dispatched_cadre' | 'volunteer' | 'social_worker' | 'medic' | 'community_worker'
export const STAFF_KINDS: readonly StaffKind[] = [
  'party_member', // 党员
  'dispatched_cadre', // 下沉干部
  'volunteer', // 志愿者
  'social_worker', // 社工
  'medic', // 医护
  'community_worker', // 社区工作者
]

export interface StaffMemberTable {
  id: string
  region_id: string
  kind: StaffKind
  name: string
  unit: string | null
  phone_enc: string | null
  phone_masked: string | null
  user_id: string | null
  joined_on: string
  created_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    staff_member: StaffMemberTable
    team: { id: string; region_id: string; name: string; created_at: string }
    team_member: { team_id: string; staff_member_id: string }
    team_area: { team_id: string; region_id: string }
  }
}

const within = (path: string) => [path, path + SUBTREE_END] as const

export function listStaffMembers(
  db: Db,
  f: { withinPath: string; kind?: StaffKind; offset: number; limit: number },
) {
  const [lo, hi] = within(f.withinPath)
  let q = db
    .selectFrom('staff_member as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .where('r.path', '>=', lo)
    .where('r.path', '<', hi)
  if (f.kind) q = q.where('s.kind', '=', f.kind)
  return Promise.all([
    q
      .selectAll('s')
      .select(['r.name as region_name', 'r.path as region_path'])
      .orderBy('s.name')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
}

export const findTeam = (db: Db, id: string) =>
  db
    .selectFrom('team as t')
    .innerJoin('region as r', 'r.id', 't.region_id')
    .selectAll('t')
    .select('r.path as region_path')
    .where('t.id', '=', id)
    .executeTakeFirst()

/** Teams with their members and coverage: households inside the regions each team owns. */
export async function listTeamsWithCoverage(db: Db, withinPath: string) {
  const [lo, hi] = within(withinPath)
  const teams = await db
    .selectFrom('team as t')
    .innerJoin('region as r', 'r.id', 't.region_id')
    .where('r.path', '>=', lo)
    .where('r.path', '<', hi)
    .select(['t.id', 't.name', 't.region_id', 'r.name as region_name'])
    .select((eb) => [
      eb
        .selectFrom('team_member as m')
        .whereRef('m.team_id', '=', 't.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('members'),
      eb
        .selectFrom('team_area as a')
        .whereRef('a.team_id', '=', 't.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('areas'),
    ])
    .orderBy('t.name')
    .execute()
  // the areas of these teams, and the households under each from the people module
  const areas = await db
    .selectFrom('team_area as a')
    .innerJoin('team as t', 't.id', 'a.team_id')
    .innerJoin('region as r', 'r.id', 't.region_id')
    .where('r.path', '>=', lo)
    .where('r.path', '<', hi)
    .select(['a.team_id', 'a.region_id'])
    .execute()
  const under = await householdCountsUnder(
    db,
    areas.map((a) => a.region_id),
  )
  const households = new Map<string, number>()
  for (const a of areas)
    households.set(a.team_id, (households.get(a.team_id) ?? 0) + (under.get(a.region_id) ?? 0))
  return teams.map((t) => ({
    ...t,
    members: Number(t.members),
    areas: Number(t.areas),
    households: households.get(t.id) ?? 0,
  }))
}

/** Mobilisation as of a local date: people joined by then, by kind. */
export async function staffCounts(db: Db, q: { asOf: string; withinPath: string }) {
  const [lo, hi] = within(q.withinPath)
  const rows = await db
    .selectFrom('staff_member as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .where('r.path', '>=', lo)
    .where('r.path', '<', hi)
    .where('s.joined_on', '<=', q.asOf)
    .select(['s.kind', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('s.kind')
    .execute()
  const counts = Object.fromEntries(STAFF_KINDS.map((k) => [k, 0])) as Record<StaffKind, number>
  for (const r of rows) counts[r.kind] = Number(r.n)
  return counts
}
