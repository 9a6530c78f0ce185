// 网格小组 (百户固定法): a team owns compounds or buildings (and so their households) or single
// households, all inside the team's own region; its members are staff of the actor's scope.
import type { Db } from '../../db/db.js'
import { AppError } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getHouseholdInScope } from '../people/index.js'
import { getRegionInScope } from '../regions/index.js'
import { getStaffMemberInScope } from './members.service.js'
import { findTeam } from './staff.queries.js'
import { replaceTeamLinks, teamAreas, teamCoverage, teamHouseholds, teamMembers } from './teams.queries.js'
import { TeamErrors } from './staff.errors.js'
import type { TeamChanges } from './staff.schema.js'

export interface TeamLinks {
  memberIds?: string[]
  areaIds?: string[]
  householdIds?: string[]
}

/** Every linked record must be visible to the actor, and areas and households inside the team's region. */
export async function assertTeamLinks(db: Db, actor: Actor, teamPath: string, links: TeamLinks) {
  for (const id of new Set(links.memberIds ?? [])) await getStaffMemberInScope(db, actor, id)
  for (const id of new Set(links.areaIds ?? [])) {
    const region = await getRegionInScope(db, actor, id)
    if (!region.path.startsWith(teamPath)) throw new AppError(TeamErrors.TEAM_AREA_OUTSIDE)
  }
  for (const id of new Set(links.householdIds ?? [])) {
    const household = await getHouseholdInScope(db, actor, id)
    if (!household.region_path.startsWith(teamPath)) throw new AppError(TeamErrors.TEAM_AREA_OUTSIDE)
  }
}

const unique = (ids?: string[]) => (ids ? [...new Set(ids)] : undefined)

export async function getTeamRowInScope(db: Db, actor: Actor, id: string) {
  const team = await findTeam(db, id)
  assertInScope(actor, team?.region_path, 'team')
  return team!
}

export async function teamDetail(db: Db, actor: Actor, id: string) {
  const team = await getTeamRowInScope(db, actor, id)
  const region = await getRegionInScope(db, actor, team.region_id)
  const [members, areas, households, coverage] = await Promise.all([
    teamMembers(db, id),
    teamAreas(db, id),
    teamHouseholds(db, id),
    teamCoverage(db, id),
  ])
  return {
    id: team.id,
    name: team.name,
    regionId: team.region_id,
    regionName: region.name,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      unit: m.unit,
      phone: m.phone_masked,
    })),
    areas,
    households: households.map((h) => ({ id: h.id, address: h.address, regionName: h.region_name })),
    coverage,
  }
}

export async function updateTeam(db: Db, actor: Actor, id: string, input: TeamChanges) {
  const team = await getTeamRowInScope(db, actor, id)
  const links = {
    memberIds: unique(input.memberIds),
    areaIds: unique(input.areaIds),
    householdIds: unique(input.householdIds),
  }
  await assertTeamLinks(db, actor, team.region_path, links)
  if (input.name !== undefined)
    await db.updateTable('team').set({ name: input.name.trim() }).where('id', '=', id).execute()
  await replaceTeamLinks(db, id, links)
  await recordAudit(db, actor, {
    action: 'team.update',
    entity: 'team',
    entityId: id,
    detail: { fields: Object.keys(input) },
  })
  return teamDetail(db, actor, id)
}
