// Grid teams 网格小组: members, owned areas and households, and what that covers.
import type { Db } from '../../db/db.js'
import { householdCoverage, householdsByIds } from '../people/index.js'

declare module '../../db/db.js' {
  interface Tables {
    /** region_id: the household's, copied when linked (filled by the 2026-12-04 migration for older rows) */
    team_household: { team_id: string; household_id: string; region_id: string }
  }
}

export const teamMembers = (db: Db, teamId: string) =>
  db
    .selectFrom('team_member as m')
    .innerJoin('staff_member as s', 's.id', 'm.staff_member_id')
    .select(['s.id', 's.name', 's.kind', 's.unit', 's.phone_masked'])
    .where('m.team_id', '=', teamId)
    .orderBy('s.name')
    .execute()

export const teamAreas = (db: Db, teamId: string) =>
  db
    .selectFrom('team_area as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .select(['r.id', 'r.name', 'r.type'])
    .where('a.team_id', '=', teamId)
    .orderBy('r.name')
    .execute()

/** The households a team owns one by one, with their region's name, by region and address. */
export async function teamHouseholds(db: Db, teamId: string) {
  const owned = await db
    .selectFrom('team_household')
    .select('household_id')
    .where('team_id', '=', teamId)
    .execute()
  return householdsByIds(
    db,
    owned.map((o) => o.household_id),
  )
}

/** Households the team covers (inside its areas plus those it owns one by one, each once) and their people. */
export async function teamCoverage(db: Db, teamId: string) {
  const [areas, owned] = await Promise.all([
    db.selectFrom('team_area').select('region_id').where('team_id', '=', teamId).execute(),
    db.selectFrom('team_household').select('household_id').where('team_id', '=', teamId).execute(),
  ])
  return householdCoverage(db, {
    regionIds: areas.map((a) => a.region_id),
    householdIds: owned.map((o) => o.household_id),
  })
}

export async function replaceTeamLinks(
  db: Db,
  teamId: string,
  links: { memberIds?: string[]; areaIds?: string[]; householdIds?: string[] },
) {
  if (links.memberIds) {
    await db.deleteFrom('team_member').where('team_id', '=', teamId).execute()
    if (links.memberIds.length)
      await db
        .insertInto('team_member')
        .values(links.memberIds.map((m) => ({ team_id: teamId, staff_member_id: m })))
        .execute()
  }
  if (links.areaIds) {
    await db.deleteFrom('team_area').where('team_id', '=', teamId).execute()
    if (links.areaIds.length)
      await db
        .insertInto('team_area')
        .values(links.areaIds.map((r) => ({ team_id: teamId, region_id: r })))
        .execute()
  }
  if (links.householdIds) {
    await db.deleteFrom('team_household').where('team_id', '=', teamId).execute()
    if (links.householdIds.length) {
      // each link carries its household's region, from the people module
      const regionOf = new Map(
        (await householdsByIds(db, links.householdIds)).map((h) => [h.id, h.region_id]),
      )
      await db
        .insertInto('team_household')
        .values(
          links.householdIds.map((h) => ({ team_id: teamId, household_id: h, region_id: regionOf.get(h)! })),
        )
        .execute()
    }
  }
}
