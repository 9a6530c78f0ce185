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
    'checkpoint:read',
    'checkpoint:write',
    'roster:write',
    'passage:read',
    'observation:read',
    'observation:write',
    'observation:reading',
    'observation:alert',
    'care:read',
    'care:write',
    'declaration:read',
    'declaration:write',
    'risk_area:read',
    'key_person:read',
    'colour:read',
    'colour:case',
    'colour:request',
    'colour:approve',
    'pass:issue',
    'pass:verify',
    'pass:revoke',
    'poster:read',
  ],
  community_worker: [
    'region:read',
    'region:write',
    'user:read',
    'person:read',
    'person:write',
    'person:export',
    'checkpoint:read',
    'checkpoint:write',
    'roster:write',
    'passage:read',
    'observation:read',
    'observation:write',
    'observation:reading',
    'observation:alert',
    'care:read',
    'care:write',
    'care:fulfil',
    'declaration:read',
    'declaration:write',
    'risk_area:read',
    'key_person:read',
    'colour:read',
    'colour:request',
    'pass:issue',
    'pass:verify',
    'poster:read',
  ],
  grid_member: [
    'region:read',
    'person:read',
    'person:write',
    'care:read',
    'care:fulfil',
    'declaration:read',
    'declaration:write',
    'colour:read',
    'pass:verify',
  ],
  checkpoint_staff: [
    'region:read',
    'checkpoint:read',
    'passage:read',
    'passage:write',
    'pass:verify',
    'poster:read',
  ],
  medic: [
    'region:read',
    'person:read',
    'observation:read',
    'observation:reading',
    'observation:alert',
    'observation:release',
    'declaration:read',
    'key_person:read',
    'colour:read',
    'colour:case',
  ],
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
  'checkpoint:read', // 卡点与排班
  'checkpoint:write',
  'roster:write', // 排班
  'passage:read', // 出入登记与实时计数
  'passage:write',
  'observation:read', // 居家医学观察
  'observation:write', // open, team, supervisors
  'observation:reading', // 测温 temperature rounds
  'observation:alert', // acknowledge and close alerts
  'observation:release', // 解除 / 延期: medics
  'care:read', // 暖心人 care requests
  'care:write',
  'care:fulfil', // volunteers mark deliveries done
  'declaration:read', // 健康申报
  'declaration:write',
  'risk_area:read', // 风险地区
  'risk_area:write',
  'key_person:read', // 重点人员
  'colour:read', // 码色、原因与历史
  'colour:rules', // 编辑码色规则
  'colour:case', // 病例状态：确诊、疑似、集中隔离
  'colour:request', // 申请人工改码
  'colour:approve', // 审批人工改码 (second approver)
  'pass:issue', // 补发、打印通行码
  'pass:verify', // 在线核验
  'pass:revoke',
  'pass:keys', // 签名密钥轮换
  'poster:read', // 打印场所海报
] as const
export type Action = (typeof ACTIONS)[number]

export const can = (role: Role, action: string) =>
  action === 'self' || grants[role].includes(ALL) || grants[role].includes(action)

export const actionsOf = (role: Role): string[] => ACTIONS.filter((a) => can(role, a))

/** Only the command centre hands out the command centre's role. */
export const mayGrantRole = (actorRole: Role, role: Role) => actorRole === 'admin' || role !== 'admin'
