// One staff member or volunteer: read and change, with the link to a login checked in scope.
import type { Db } from '../../db/db.js'
import { AppError } from '../../core/errors.js'
import { encryptField } from '../../crypto/pii.js'
import { maskPhone, normalizeMobile } from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getUserInScope, usersByIds } from '../auth/index.js'
import { getRegionInScope } from '../regions/index.js'
import { StaffErrors } from './staff.errors.js'
import type { StaffChanges } from './staff.schema.js'

export const findStaffMember = (db: Db, id: string) =>
  db
    .selectFrom('staff_member as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .selectAll('s')
    .select(['r.name as region_name', 'r.path as region_path'])
    .where('s.id', '=', id)
    .executeTakeFirst()

export async function getStaffMemberInScope(db: Db, actor: Actor, id: string) {
  const row = await findStaffMember(db, id)
  assertInScope(actor, row?.region_path, 'staff_member')
  return row!
}

/** A login may be linked only when the actor can see it (it lies in their scope). */
export async function assertUserLinkable(db: Db, actor: Actor, userId: string | null | undefined) {
  // an empty id is a user that does not exist, not "no user" (null is)
  if (userId != null) await getUserInScope(db, actor, userId)
}

export async function staffMemberDetail(db: Db, actor: Actor, id: string) {
  const s = await getStaffMemberInScope(db, actor, id)
  // the linked login's username, from the auth module
  const login = s.user_id ? (await usersByIds(db, [s.user_id])).get(s.user_id) : undefined
  const teams = await db
    .selectFrom('team_member as m')
    .innerJoin('team as t', 't.id', 'm.team_id')
    .select(['t.id', 't.name'])
    .where('m.staff_member_id', '=', id)
    .orderBy('t.name')
    .execute()
  return {
    id: s.id,
    kind: s.kind,
    name: s.name,
    unit: s.unit,
    phone: s.phone_masked,
    regionId: s.region_id,
    regionName: s.region_name,
    userId: s.user_id,
    username: login?.username ?? null,
    joinedOn: s.joined_on,
    teams,
  }
}

export async function updateStaffMember(db: Db, actor: Actor, id: string, changes: StaffChanges) {
  const current = await getStaffMemberInScope(db, actor, id)
  if (changes.regionId) await getRegionInScope(db, actor, changes.regionId)
  await assertUserLinkable(db, actor, changes.userId)
  const kind = changes.kind ?? current.kind
  const unit = changes.unit !== undefined ? changes.unit?.trim() || null : current.unit
  if (kind === 'dispatched_cadre' && !unit) throw new AppError(StaffErrors.UNIT_REQUIRED)
  const phone = changes.phone ? normalizeMobile(changes.phone) : null
  if (changes.phone && !phone) throw new AppError(StaffErrors.STAFF_BAD_PHONE)
  await db
    .updateTable('staff_member')
    .set({
      kind,
      unit,
      ...(changes.name !== undefined && { name: changes.name.trim() }),
      ...(changes.regionId && { region_id: changes.regionId }),
      ...(changes.userId !== undefined && { user_id: changes.userId }),
      ...(changes.phone !== undefined && {
        phone_enc: phone ? encryptField(phone) : null,
        phone_masked: phone ? maskPhone(phone) : null,
      }),
    })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, {
    action: 'staff.update',
    entity: 'staff_member',
    entityId: id,
    detail: { fields: Object.keys(changes) },
  })
  return staffMemberDetail(db, actor, id)
}
