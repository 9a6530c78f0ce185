// Grid teams 网格小组: members, owned areas and households, and what that covers.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { SUBTREE_END } from '../../core/subtree.js'

declare module '../../db/db.js' {
  interface Tables {
    team_household: { team_id: string; household_id: string }
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

export const teamHouseholds = (db: Db, teamId: string) =>
  db
    .selectFrom('team_household as th')
    .innerJoin('household as h', 'h.id', 'th.household_id')
    .innerJoin('region as r', 'r.id', 'h.region_id')
    .select(['h.id', 'h.address', 'r.name as region_name'])
    .where('th.team_id', '=', teamId)
    .orderBy('r.name')
    .orderBy('h.address')
    .execute()

/** Households the team covers: those inside its areas plus those it owns one by one, each once. */
function coveredHouseholdIds(db: Db, teamId: string) {
  return db
    .selectFrom('household as h')
    .select('h.id')
    .where((eb) =>
      eb.or([
        eb(
          'h.region_id',
          'in',
          eb
            .selectFrom('team_area as a')
            .innerJoin('region as ar', 'ar.id', 'a.region_id')
            .innerJoin('region as hr', (j) =>
              j.on(sql<boolean>`hr.path >= ar.path and hr.path < ar.path || ${SUBTREE_END}`),
            )
            .select('hr.id')
            .where('a.team_id', '=', teamId),
        ),
        eb(
          'h.id',
          'in',
          eb.selectFrom('team_household as th').select('th.household_id').where('th.team_id', '=', teamId),
        ),
      ]),
    )
}

export async function teamCoverage(db: Db, teamId: string) {
  const [households, people] = await Promise.all([
    db
      .selectFrom(coveredHouseholdIds(db, teamId).as('c'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('person as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.household_id', 'in', coveredHouseholdIds(db, teamId))
      .executeTakeFirstOrThrow(),
  ])
  return { households: Number(households.n), people: Number(people.n) }
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
    if (links.householdIds.length)
      await db
        .insertInto('team_household')
        .values(links.householdIds.map((h) => ({ team_id: teamId, household_id: h })))
        .execute()
  }
}
