// Who owns what among grid teams (网格小组, 百户固定法), for other modules' figures and lists
// by team: the team owning each household, the team of an account, a team's member accounts.
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { withinSubtree } from '../../core/subtree.js'
import { getTeamRowInScope } from './teams.service.js'

export interface TeamRef {
  id: string
  name: string
}

const areasOverlapping = (db: Db, withinPath: string) =>
  db
    .selectFrom('team_area as a')
    .innerJoin('team as t', 't.id', 'a.team_id')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .select(['t.id', 't.name', 'r.path'])
    .where((eb) =>
      eb.or([
        withinSubtree('r.path', withinPath),
        // an area above the subtree owns all of it
        eb('r.id', 'in', withinPath.split('/').filter(Boolean)),
      ]),
    )
    .execute()

/** Households of the subtree owned one by one (each link carries its household's region). */
const householdsOwned = (db: Db, withinPath: string) =>
  db
    .selectFrom('team_household as th')
    .innerJoin('team as t', 't.id', 'th.team_id')
    .innerJoin('region as r', 'r.id', 'th.region_id')
    .select(['t.id', 't.name', 'th.household_id'])
    .where(withinSubtree('r.path', withinPath))
    .execute()

/**
 * A function from a household (id and region path) to the team owning it: a team that owns
 * the household itself first, else the team owning the deepest area above it, else null.
 */
export async function householdTeamResolver(db: Db, withinPath: string) {
  const [areas, owned] = await Promise.all([
    areasOverlapping(db, withinPath),
    householdsOwned(db, withinPath),
  ])
  const byHousehold = new Map(owned.map((o) => [o.household_id, { id: o.id, name: o.name }]))
  areas.sort((a, b) => b.path.length - a.path.length || a.name.localeCompare(b.name, 'zh'))
  return (householdId: string, regionPath: string): TeamRef | null => {
    const own = byHousehold.get(householdId)
    if (own) return own
    const area = areas.find((a) => regionPath.startsWith(a.path))
    return area ? { id: area.id, name: area.name } : null
  }
}

/** The team of each account that is a member of one (the first by name when several). */
export async function teamsOfAccounts(db: Db, userIds: string[]): Promise<Map<string, TeamRef>> {
  const out = new Map<string, TeamRef>()
  if (!userIds.length) return out
  const rows = await db
    .selectFrom('team_member as m')
    .innerJoin('staff_member as s', 's.id', 'm.staff_member_id')
    .innerJoin('team as t', 't.id', 'm.team_id')
    .select(['s.user_id', 't.id', 't.name'])
    .where('s.user_id', 'in', [...new Set(userIds)])
    .orderBy('t.name')
    .execute()
  for (const r of rows) if (r.user_id && !out.has(r.user_id)) out.set(r.user_id, { id: r.id, name: r.name })
  return out
}

/** The sign-in accounts of a team's members (members without an account cannot take a list). */
export async function teamAccounts(db: Db, actor: Actor, teamId: string): Promise<string[]> {
  await getTeamRowInScope(db, actor, teamId)
  const rows = await db
    .selectFrom('team_member as m')
    .innerJoin('staff_member as s', 's.id', 'm.staff_member_id')
    .select('s.user_id')
    .where('m.team_id', '=', teamId)
    .where('s.user_id', 'is not', null)
    .orderBy('s.name')
    .execute()
  return rows.map((r) => r.user_id!)
}
