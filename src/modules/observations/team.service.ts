// "1配3" / 1+1+1 小组: one town or street officer, one medic, one community worker per
// observed person. A change closes the current team and adds a new one, so the history stays.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import type { Role } from '../../core/permissions.js'
import { findUser } from '../auth/index.js'
import { MEMBER_ZH, ObservationErrors } from './observations.errors.js'
import { currentTeam, teamHistory, type ObservationRow } from './observations.queries.js'
import type { TeamInput } from './observations.schema.js'

type Member = keyof typeof MEMBER_ZH

const ROLES_FOR: Record<Member, { roles: Role[]; zh: string }> = {
  officer: { roles: ['street_officer', 'admin'], zh: '街镇干部或指挥部' },
  medic: { roles: ['medic'], zh: '医护' },
  worker: { roles: ['community_worker'], zh: '社区工作人员' },
}

async function checkMember(db: Db, actor: Actor, member: Member, userId: string, regionPath: string) {
  const user = await findUser(db, userId)
  // an account neither in the actor's scope nor working over the person is out of scope: 404
  if (user && !regionPath.startsWith(user.scope_path) && !isInScope(actor, user.scope_path))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'user' })
  const who = { member: MEMBER_ZH[member], role: member }
  if (!user || user.disabled) throw new AppError(ObservationErrors.TEAM_MEMBER_UNKNOWN, who)
  if (!ROLES_FOR[member].roles.includes(user.role))
    throw new AppError(ObservationErrors.TEAM_ROLE_MISMATCH, { ...who, expected: ROLES_FOR[member].zh })
  // a member must be able to see the person: their scope covers the person's region
  if (!regionPath.startsWith(user.scope_path))
    throw new AppError(ObservationErrors.TEAM_MEMBER_OUT_OF_AREA, who)
}

/** Sets the team of an observation (the caller checked scope and that it is open). */
export async function setTeam(
  db: Db,
  actor: Actor,
  observation: ObservationRow,
  team: TeamInput,
  reason?: string,
) {
  if (new Set([team.officerId, team.medicId, team.workerId]).size < 3)
    throw new AppError(ObservationErrors.TEAM_SAME_PERSON_TWICE)
  await checkMember(db, actor, 'officer', team.officerId, observation.region_path)
  await checkMember(db, actor, 'medic', team.medicId, observation.region_path)
  await checkMember(db, actor, 'worker', team.workerId, observation.region_path)
  const at = nowIso(now)
  const current = await currentTeam(db, observation.id)
  if (current)
    await db.updateTable('observation_team').set({ to_at: at }).where('id', '=', current.id).execute()
  await db
    .insertInto('observation_team')
    .values({
      id: randomUUID(),
      observation_id: observation.id,
      officer_id: team.officerId,
      medic_id: team.medicId,
      worker_id: team.workerId,
      from_at: at,
      to_at: null,
      set_by: actor.userId,
      reason: reason ?? null,
    })
    .execute()
  await recordAudit(db, actor, {
    action: 'observation.team',
    entity: 'observation',
    entityId: observation.id,
  })
}

export interface TeamMemberView {
  id: string
  name: string
}

export interface TeamView {
  officer: TeamMemberView
  medic: TeamMemberView
  worker: TeamMemberView
  from: string
  to: string | null
  reason: string | null
}

async function memberView(db: Db, id: string, names: Map<string, string>): Promise<TeamMemberView> {
  if (!names.has(id)) names.set(id, (await findUser(db, id))?.display_name ?? '')
  return { id, name: names.get(id)! }
}

/** The current team first, then earlier ones, newest first. */
export async function teamViews(db: Db, observationId: string): Promise<TeamView[]> {
  const names = new Map<string, string>()
  // the current team first (two changes may share a timestamp), then newest first
  const rows = (await teamHistory(db, observationId))
    .reverse()
    .sort((a, b) => Number(a.to_at !== null) - Number(b.to_at !== null))
  const views: TeamView[] = []
  for (const r of rows)
    views.push({
      officer: await memberView(db, r.officer_id, names),
      medic: await memberView(db, r.medic_id, names),
      worker: await memberView(db, r.worker_id, names),
      from: r.from_at,
      to: r.to_at,
      reason: r.reason,
    })
  return views
}
