// 人员力量: party members, dispatched cadres (with their unit), volunteers, social workers,
// medics and community workers; grid teams 网格小组 owning compounds or buildings.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError } from '../../core/errors.js'
import { encryptField } from '../../crypto/pii.js'
import { maskPhone, normalizeMobile } from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { assertTeamLinks } from './teams.service.js'
import { replaceTeamLinks } from './teams.queries.js'
import { assertUserLinkable } from './members.service.js'
import { findTeam, listStaffMembers, listTeamsWithCoverage } from './staff.queries.js'
import { StaffErrors } from './staff.errors.js'
import type { StaffMemberInput, StaffQuery, TeamInput } from './staff.schema.js'

export async function addStaffMember(db: Db, actor: Actor, input: StaffMemberInput) {
  await getRegionInScope(db, actor, input.regionId)
  if (input.kind === 'dispatched_cadre' && !input.unit?.trim()) throw new AppError(StaffErrors.UNIT_REQUIRED)
  await assertUserLinkable(db, actor, input.userId)
  const phone = input.phone ? normalizeMobile(input.phone) : null
  if (input.phone && !phone) throw new AppError(StaffErrors.STAFF_BAD_PHONE)
  const id = randomUUID()
  await db
    .insertInto('staff_member')
    .values({
      id,
      region_id: input.regionId,
      kind: input.kind,
      name: input.name.trim(),
      unit: input.unit?.trim() || null,
      phone_enc: phone ? encryptField(phone) : null,
      phone_masked: phone ? maskPhone(phone) : null,
      user_id: input.userId ?? null,
      joined_on: input.joinedOn,
      created_at: nowIso(now),
    })
    .execute()
  await recordAudit(db, actor, {
    action: 'staff.add',
    entity: 'staff_member',
    entityId: id,
    detail: { kind: input.kind },
  })
  return { id }
}

export async function listStaff(db: Db, actor: Actor, q: StaffQuery) {
  const [rows, total] = await listStaffMembers(db, {
    withinPath: actor.scopePath,
    kind: q.kind,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  })
  const items = rows.map((s) => ({
    id: s.id,
    kind: s.kind,
    name: s.name,
    unit: s.unit,
    phone: s.phone_masked,
    regionId: s.region_id,
    regionName: s.region_name,
    userId: s.user_id,
    joinedOn: s.joined_on,
  }))
  return { items, total: Number(total.n), page: q.page, pageSize: q.pageSize }
}

export async function createTeam(db: Db, actor: Actor, input: TeamInput) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const links = {
    memberIds: [...new Set(input.memberIds)],
    areaIds: [...new Set(input.areaIds)],
    householdIds: [...new Set(input.householdIds ?? [])],
  }
  // members from another area, or areas outside the team's region, are refused
  await assertTeamLinks(db, actor, region.path, links)
  const id = randomUUID()
  await db
    .insertInto('team')
    .values({ id, region_id: input.regionId, name: input.name.trim(), created_at: nowIso(now) })
    .execute()
  await replaceTeamLinks(db, id, links)
  await recordAudit(db, actor, { action: 'team.create', entity: 'team', entityId: id })
  return { id }
}

export const listTeams = (db: Db, actor: Actor) => listTeamsWithCoverage(db, actor.scopePath)

export async function getTeamInScope(db: Db, actor: Actor, id: string) {
  const team = await findTeam(db, id)
  assertInScope(actor, team?.region_path, 'team')
  const teams = await listTeamsWithCoverage(db, team!.region_path)
  return teams.find((t) => t.id === id)!
}
