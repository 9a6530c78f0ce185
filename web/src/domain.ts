// Domain facts the pages need, checked against the API types: a role or region type added on
// the server fails the typecheck here until it is placed (and translated, see i18n/index.ts).
import type { RegionType, Role } from './api/types'

const roleOrder: Record<Role, number> = {
  admin: 0,
  street_officer: 1,
  community_worker: 2,
  grid_member: 3,
  checkpoint_staff: 4,
  medic: 5,
  social_worker: 6,
  enterprise_liaison: 7,
}
export const ROLES = (Object.keys(roleOrder) as Role[]).sort((a, b) => roleOrder[a] - roleOrder[b])

/** Level in the region tree: a child sits at a deeper level than its parent (levels may be skipped). */
export const REGION_LEVEL: Record<RegionType, number> = {
  district: 1,
  street: 2,
  town: 2,
  community: 3,
  village: 3,
  compound: 4,
  natural_village: 4,
  building: 5,
}
export const REGION_TYPES = Object.keys(REGION_LEVEL) as RegionType[]

/** The types a new child of a region of this type may have. */
export const childTypesOf = (type: RegionType): RegionType[] =>
  REGION_TYPES.filter((t) => REGION_LEVEL[t] > REGION_LEVEL[type])

/** Only the command centre hands out the command centre's role (as the server enforces). */
export const grantableRoles = (actorRole: Role): Role[] =>
  ROLES.filter((r) => actorRole === 'admin' || r !== 'admin')
