// Who may do what: one declarative table. Every route names the action it needs; the
// scope (a region subtree) is checked separately on each record.

export const ROLES = [
  'admin', // 指挥部 command centre
  'street_officer', // 街道/乡镇干部
  'community_worker', // 社区工作人员
  'grid_member', // 网格员 / 志愿者
  'checkpoint_staff', // 卡点值守
  'medic', // 医护
  'social_worker', // 社工 / 心理咨询
  'enterprise_liaison', // 企业联络员
] as const
export type Role = (typeof ROLES)[number]

const ALL = '*'

const grants: Record<Role, readonly string[]> = {
  admin: [ALL],
  street_officer: [
    'region:read',
    'region:write',
    'user:read',
    'user:write',
    'audit:read',
    'person:read',
    'person:write',
    'person:unmask',
    'person:export',
  ],
  community_worker: ['region:read', 'region:write', 'user:read', 'person:read', 'person:write', 'person:export'],
  grid_member: ['region:read', 'person:read', 'person:write'],
  checkpoint_staff: ['region:read'],
  medic: ['region:read', 'person:read'],
  social_worker: ['region:read'],
  enterprise_liaison: [],
}

/** Every action a route may name; a route naming anything else fails at start-up. */
export const ACTIONS = [
  'self', // one's own session and password: every signed-in role
  'region:read',
  'region:write',
  'user:read',
  'user:write',
  'audit:read',
  'person:read',
  'person:write',
  'person:unmask', // 查看完整证件号、手机号 (audited)
  'person:export',
] as const
export type Action = (typeof ACTIONS)[number]

export const can = (role: Role, action: string) =>
  action === 'self' || grants[role].includes(ALL) || grants[role].includes(action)

export const actionsOf = (role: Role): string[] => ACTIONS.filter((a) => can(role, a))

/** Only the command centre hands out the command centre's role. */
export const mayGrantRole = (actorRole: Role, role: Role) => actorRole === 'admin' || role !== 'admin'
