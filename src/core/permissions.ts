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
    'person:import',
    'staff:read',
    'staff:write',
    'report:read',
    'checkpoint:read',
    'checkpoint:write',
    'roster:write',
    'passage:read',
    'passage:paper',
    'observation:read',
    'observation:write',
    'observation:reading',
    'observation:alert',
    'care:read',
    'care:write',
    'care:fulfil', // held so that the community workers and grid members they manage are a subset
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
    'pass:confirm',
    'identity:claims',
    'pass:revoke',
    'poster:read',
    'campaign:read',
    'campaign:write',
    'campaign:work',
    'enterprise:read',
    'enterprise:write',
    'enterprise:hires',
    'notice:read',
    'notice:write',
    'notice:approve',
    'notice:publish',
    'publicity:read',
    'publicity:write',
    'hotline:read',
    'hotline:roster',
    'social_work:read',
    'social_work:write',
  ],
  community_worker: [
    'region:read',
    'region:write',
    'user:read',
    'person:read',
    'person:write',
    'person:export',
    'person:import',
    'staff:read',
    'staff:write',
    'report:read',
    'checkpoint:read',
    'checkpoint:write',
    'roster:write',
    'passage:read',
    'passage:paper',
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
    'pass:confirm',
    'identity:claims',
    'poster:read',
    'campaign:read',
    'campaign:write',
    'campaign:work',
    'enterprise:read',
    'enterprise:write',
    'enterprise:hires',
    'notice:read',
    'notice:write',
    'notice:approve',
    'notice:publish',
    'publicity:read',
    'publicity:write',
    'hotline:read',
    'hotline:roster',
    'social_work:read',
    'social_work:write',
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
    'pass:confirm',
    'campaign:read',
    'campaign:work',
    'notice:read',
    'publicity:read',
  ],
  checkpoint_staff: [
    'region:read',
    'checkpoint:read',
    'passage:read',
    'passage:write',
    'passage:paper',
    'pass:verify',
    'pass:confirm',
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
    'hotline:read',
    'hotline:write',
  ],
  social_worker: [
    'region:read',
    'notice:read',
    'hotline:read',
    'hotline:write',
    'social_work:read',
    'social_work:write',
  ],
  // only their own enterprises' hires, and of those only the colour
  enterprise_liaison: ['enterprise:hires'],
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
  'person:import', // 批量导入人员名单
  'checkpoint:read', // 卡点与排班
  'checkpoint:write',
  'roster:write', // 排班
  'passage:read', // 出入登记与实时计数
  'passage:write',
  'passage:paper', // 纸质登记补录 typing in a paper register
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
  'pass:confirm', // 核验身份证后确认待核验通行码（绑定该手机）
  'identity:claims', // 身份争议：处理证件号被他人占用的申诉
  'poster:read', // 打印场所海报
  'campaign:read', // 排查行动：扫楼、电话排查，进度与统计
  'campaign:write', // create campaigns, import number lists, assign and reassign
  'campaign:work', // 入户走访、拨打号码 (grid members, callers)
  'enterprise:read', // 复工企业及其新员工（全部信息）
  'enterprise:write',
  'enterprise:hires', // 企业联络员：登记新员工、查看其码色
  'notice:read', // 宣传通告
  'notice:write', // 起草、修改草稿
  'notice:approve', // 审核：须由起草人以外的账号
  'notice:publish', // 发布、撤回
  'publicity:read', // 宣传工作台账
  'publicity:write',
  'hotline:read', // 心理援助热线：排班与来电记录
  'hotline:write', // 登记来电
  'hotline:roster', // 专家排班
  'social_work:read', // 社工服务
  'social_work:write',
  'staff:read', // 人员力量：党员、下沉干部、志愿者；网格小组
  'staff:write',
  'report:read', // 态势报告与首页
] as const
export type Action = (typeof ACTIONS)[number]

export const can = (role: Role, action: string) =>
  action === 'self' || grants[role].includes(ALL) || grants[role].includes(action)

export const actionsOf = (role: Role): string[] => ACTIONS.filter((a) => can(role, a))

/**
 * An account hands out only powers it holds itself: every action of `role` must be one of
 * the granter's (a street officer cannot make a medic, who may release from observation,
 * nor checkpoint staff, who record passages). Only the command centre makes admins.
 */
export const mayGrantRole = (actorRole: Role, role: Role) => actionsOf(role).every((a) => can(actorRole, a))
