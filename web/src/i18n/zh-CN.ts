// 简体中文 message catalogue: the reference language. Every other catalogue has the same
// keys (en.ts is typed against this file). Each group is its own export so that the light
// gate and resident entries bundle only their own groups.

export const app = {
  name: '联防',
  fullName: '社区疫情联防联控系统',
  loading: '正在加载…',
  notFound: '页面不存在',
  forbidden: '您的角色无权访问此页面',
  noPages: '您的角色暂无可用的功能页面',
  backHome: '返回首页',
  crashed: '页面出错了，请刷新后重试',
  reload: '刷新',
}

export const lang = {
  label: '语言',
  switchTo: 'English',
  'zh-CN': '中文',
  en: 'English',
}

export const common = {
  ok: '确定',
  cancel: '取消',
  save: '保存',
  create: '新建',
  edit: '编辑',
  delete: '删除',
  search: '搜索',
  reset: '重置',
  refresh: '刷新',
  actions: '操作',
  select: '选择',
  dateRange: '日期范围',
  scrollTable: '表格（可左右滚动）',
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败，请手动选择复制',
  close: '关闭',
  saved: '已保存',
  none: '无',
  total: '共 {{total}} 条',
  required: '请填写{{field}}',
  selectRequired: '请选择{{field}}',
  tooLong: '{{field}}不能超过 {{max}} 个字符',
}

/** 码色: a pass colour's name; `unknown` for a colour this page does not know (never shown as a real one). */
export const passColours = { green: '绿码', yellow: '黄码', red: '红码', unknown: '未知码色' }

export const menuSections = {
  situation: '态势',
  registry: '人口信息',
  screening: '排查',
  health: '健康申报与码色',
  checkpoints: '卡点',
  observation: '居家观察与服务',
  outreach: '宣传与心理社工',
  system: '系统',
  other: '其他',
}

export const nav = {
  menu: '菜单',
  people: '人员查询',
  imports: '批量导入',
  staff: '人员力量',
  regions: '区划管理',
  users: '账号管理',
  audit: '操作日志',
  password: '修改密码',
  logout: '退出登录',
  loggedOut: '已退出登录',
  observations: '居家观察',
  rounds: '今日测温',
  alerts: '预警处置',
  release: '期满解除',
  care: '暖心服务',
  sweep: '入户走访',
  calls: '电话排查',
  campaigns: '排查行动',
  enterprises: '复工企业',
  hires: '企业新员工',
  notices: '宣传通告',
  checkpoints: '卡点管理',
  roster: '卡点排班',
  paperRegister: '纸质登记补录',
  declarations: '健康申报',
  keyPersons: '重点人员',
  riskAreas: '风险地区',
  colourRules: '赋码规则',
  colours: '码色查询',
  dashboard: '态势报告',
  hotlineRoster: '热线排班',
  hotlineCalls: '热线来电',
  socialWork: '社工服务',
  publicityLog: '宣传台账',
}

export const header = {
  role: '角色',
  scope: '管辖范围',
  account: '我的账号',
}

export const roles = {
  admin: '指挥部管理员',
  street_officer: '街道/乡镇干部',
  community_worker: '社区工作人员',
  grid_member: '网格员/志愿者',
  checkpoint_staff: '卡点值守人员',
  medic: '医护人员',
  social_worker: '社工/心理咨询',
  enterprise_liaison: '企业联络员',
}

export const regionTypes = {
  district: '区/县',
  street: '街道',
  town: '乡镇',
  community: '社区',
  village: '行政村',
  compound: '小区',
  natural_village: '自然村',
  building: '楼栋',
}

export const login = {
  title: '登录',
  subtitle: '工作人员请使用管理员分配的账号登录',
  username: '用户名',
  password: '密码',
  submit: '登录',
  firstTime: '首次登录请使用一次性密码，登录后须设置新密码',
}

export const password = {
  title: '修改密码',
  forcedTitle: '请设置新密码',
  forcedHint: '您正在使用一次性密码登录。为保障账号安全，请先设置只有您自己知道的新密码。',
  current: '当前密码',
  currentOneTime: '一次性密码',
  next: '新密码',
  confirm: '确认新密码',
  rule: '至少 12 个字符，混合使用字母、数字或符号',
  tooShort: '新密码至少需要 12 个字符',
  mismatch: '两次输入的新密码不一致',
  sameAsCurrent: '新密码不能与当前密码相同',
  submit: '修改密码',
  changed: '密码已修改',
}

export const oneTime = {
  title: '一次性密码',
  hint: '请将此密码当面或通过安全渠道交给 {{name}}。密码只显示这一次，对方首次登录后须修改。',
  username: '用户名',
}

export const regions = {
  title: '区划管理',
  tree: '区划树',
  detail: '区划详情',
  name: '名称',
  type: '类型',
  code: '区划代码',
  childCount: '下级区划数',
  createdAt: '创建时间',
  updatedAt: '更新时间',
  select: '请在左侧区划树中选择一个区划',
  addChild: '新增下级',
  addChildTitle: '在“{{parent}}”下新增区划',
  rename: '重命名',
  renameTitle: '修改“{{name}}”',
  move: '移动',
  moveTitle: '移动“{{name}}”',
  moveTo: '新的上级区划',
  moveHint: '输入名称搜索，只列出可以作为上级的区划',
  delete: '删除',
  deleteConfirm: '确定删除“{{name}}”吗？删除后不能恢复。',
  deleteHasChildren: '只能删除没有下级区划的区划',
  isScope: '这是您的管辖区划，不能移动或删除',
  noDeeperType: '该类型之下不能再设下级区划',
  codeRule: '区划代码只能包含数字和字母，最多 32 位',
  created: '已新增“{{name}}”',
  renamed: '已保存',
  moved: '已移动到“{{parent}}”',
  deleted: '已删除“{{name}}”',
  searchPlaceholder: '输入区划名称搜索',
  noMatch: '没有匹配的区划',
}

export const users = {
  title: '账号管理',
  searchPlaceholder: '搜索用户名或姓名',
  allRoles: '全部角色',
  create: '新建账号',
  createTitle: '新建工作人员账号',
  editTitle: '编辑账号“{{name}}”',
  username: '用户名',
  usernameRule: '3–32 位字母、数字、下划线、点或短横线',
  displayName: '姓名',
  role: '角色',
  scope: '管辖范围',
  scopeHint: '该账号只能看到和处理此区划及其下级的数据',
  phone: '手机号码',
  phoneInvalid: '请输入 11 位手机号码',
  status: '状态',
  enabled: '正常',
  disabled: '已停用',
  mustChange: '待改密码',
  createdAt: '创建时间',
  disable: '停用',
  enable: '启用',
  disableConfirm: '停用后“{{name}}”将无法登录，确定停用吗？',
  enableConfirm: '确定重新启用“{{name}}”吗？',
  resetPassword: '重置密码',
  resetConfirm: '为“{{name}}”生成新的一次性密码？原密码将立即失效。',
  createdOk: '已创建账号“{{name}}”',
  disabledOk: '已停用“{{name}}”',
  enabledOk: '已启用“{{name}}”',
}

export const audit = {
  title: '操作日志',
  hint: '日志只能查看，不能修改或删除',
  user: '操作人',
  userPlaceholder: '按操作人筛选',
  action: '操作',
  actionPlaceholder: '按操作筛选',
  dateRange: '日期',
  seq: '序号',
  time: '时间',
  target: '对象',
  detail: '详情',
}

// Audit event names as the server records them (`region.create` → auditActions.region.create).
export const auditActions = {
  auth: { login: '登录', login_failed: '登录失败', logout: '退出登录' },
  region: { create: '新增区划', update: '修改区划', delete: '删除区划' },
  user: {
    create: '新建账号',
    update: '修改账号',
    reset_password: '重置密码',
    change_password: '修改本人密码',
    unmask_phone: '查看完整手机号',
  },
  person: { create: '登记人员', update: '修改人员信息', unmask: '查看完整证件信息' },
}

export const auditEntities = {
  region: '区划',
  staff_user: '账号',
  person: '人员',
}

// API error codes ({error:{code}}) in the user's language. A code missing here falls back to
// the server's own message, which is already localised through Accept-Language.
export const errors = {
  NETWORK: '无法连接服务器，请检查网络后重试',
  VALIDATION_FAILED: '输入有误：{{detail}}',
  BAD_JSON: '请求内容不是有效的 JSON',
  UNSUPPORTED_MEDIA_TYPE: '不支持的内容类型',
  PAYLOAD_TOO_LARGE: '请求内容过大',
  UNAUTHENTICATED: '登录已过期，请重新登录',
  FORBIDDEN: '您的角色无权进行此操作',
  NOT_FOUND: '找不到该记录，或不在您的管辖范围内',
  ROUTE_NOT_FOUND: '没有这个接口，请刷新页面后重试',
  CONFLICT: '与现有记录冲突',
  RATE_LIMITED: '尝试次数过多，请稍后再试',
  INTERNAL: '服务器内部错误，请稍后再试',
  REGION_TYPE_NOT_ALLOWED: '该类型的区划不能设在所选上级之下',
  REGION_NAME_TAKEN: '同一上级下已有同名区划',
  REGION_NOT_EMPTY: '该区划下还有下级区划或登记记录，不能删除',
  REGION_MOVE_INTO_ITSELF: '不能移到自身或其下级之下',
  REGION_IS_SCOPE_ROOT: '不能删除或移动您自己的管辖区划',
  PASSWORD_TOO_SHORT: '密码至少需要 12 个字符',
  PASSWORD_TOO_WEAK: '密码过于简单，请混合使用字母、数字或符号',
  USERNAME_TAKEN: '用户名已被使用',
  BAD_PHONE: '手机号码格式不正确',
  ROLE_NOT_GRANTABLE: '您不能授予该角色',
  WRONG_PASSWORD: '当前密码不正确',
  CANNOT_DISABLE_SELF: '不能停用自己的账号',
  BAD_CREDENTIALS: '用户名或密码不正确',
  ACCOUNT_DISABLED: '该账号已停用，请联系管理员',
  PASSWORD_CHANGE_REQUIRED: '请先修改一次性密码',
  LOGIN_THROTTLED: '登录尝试过多，请 {{seconds}} 秒后再试',
  ONE_TIME_PASSWORD_EXPIRED: '一次性密码已过期（72 小时），请管理员重新重置',
  PASSWORD_COMMON: '该密码属于最常见的密码，请换一个',
  PASSWORD_HAS_USERNAME: '密码不能包含用户名',
  PEER_ACCOUNT: '不能管理与您同级或更高级别的账号',
  APPROVER_NOT_INDEPENDENT: '审批人不能是申请人本人，也不能是申请人 30 天内创建或重置密码的账号',
  CROSS_SITE: '拒绝来自其他网站的请求',
  CROSS_SITE_UNKNOWN: '请求未注明来源（Origin），已拒绝；脚本请发送 Origin 头',
  JSON_REQUIRED: '请求内容须为 JSON（Content-Type: application/json）',
  BAD_RESIDENT_ID: '身份证号码不正确',
  BAD_DOCUMENT: '证件号码格式不正确',
  PERSON_REGISTERED_ELSEWHERE: '此人已在其他辖区登记，请联系该辖区',
  // codes of the other modules, as the server words them; a text with {{…}} needs the
  // server's details, so the server's message (in the UI language) is shown instead
  EXPORT_REASON_REQUIRED: '导出完整证件号码和手机号须填写原因',
  EXPORT_TOO_LARGE: '导出结果超过 {{max}} 行，请缩小查询范围',
  IMPORT_EMPTY_FILE: '文件为空，没有表头和数据',
  IMPORT_UNREADABLE: '无法读取文件（应为 .xlsx 或 CSV）',
  IMPORT_MISSING_COLUMNS: '缺少必需的列：{{columns}}',
  IMPORT_REQUIRED: '{{column}}不能为空',
  IMPORT_BAD_VALUE: '{{column}}“{{value}}”无法识别',
  IMPORT_BIRTH_DATE_MISMATCH: '出生日期与身份证号码不符',
  IMPORT_PLACE_NOT_FOUND: '在导入范围内找不到{{level}}“{{name}}”',
  IMPORT_NO_ERRORS: '此次导入没有错误报告',
  IMPORT_FILE_TOO_LARGE: '文件过大（上限 {{limitMb}} MB）',
  CHECKPOINT_NAME_TAKEN: '该区划下已有同名卡点',
  UNKNOWN_CHECKPOINT: '卡点不存在，或不在您的管辖范围内',
  SHIFT_ENDS_BEFORE_START: '班次结束时间须晚于开始时间',
  SHIFT_TOO_LONG: '一个班次不能超过24小时',
  SHIFT_DOUBLE_BOOKED: '该人员在此时段已在“{{checkpoint}}”值班',
  SHIFT_STAFF_DISABLED: '该账号已停用，不能排班',
  TEMPERATURE_OUT_OF_RANGE: '体温 {{value}}℃ 超出可录入范围（{{min}}–{{max}}℃），请重新测量',
  BAD_PLATE: '车牌号格式不正确',
  PASSAGE_NO_PERSON: '请扫描通行码或填写证件号码',
  PAPER_BAD_TIME: '时间应写作“时:分”，如 08:30',
  PAPER_TIME_IN_FUTURE: '登记时间晚于现在',
  PAPER_NO_DOCUMENT: '请填写证件号码',
  PAPER_ROW_REPEATED: '与第 {{row}} 行是同一条记录',
  PAPER_TOO_OLD: '{{date}} 已超过 {{days}} 天的保存期限，不再录入',
  COLOUR_CHANGE_SELF_APPROVAL: '人工改码须由另一名工作人员审批，不能审批自己提交的申请',
  COLOUR_CHANGE_NOT_PENDING: '该改码申请已处理',
  COLOUR_CHANGE_PAST_UNTIL: '截止时间须晚于现在',
  RULE_UNKNOWN_FACT: '规则“{{rule}}”引用了未知的条件“{{fact}}”',
  RULE_DUPLICATE_ID: '规则编号“{{rule}}”重复',
  RULE_VERSION_CONFLICT: '规则已被他人修改（当前第{{current}}版），请刷新后再改',
  DEVICE_UNKNOWN: '此手机尚未申报，请扫描小区或卡点海报上的二维码进行健康申报',
  PASS_NOT_FOUND: '找不到该通行码',
  RISK_AREA_DATES: '结束日期不能早于开始日期',
  ARRIVAL_IN_FUTURE: '抵达日期不能晚于今天',
  ARRIVAL_WITHOUT_PLACE: '请同时填写从何地来和抵达日期',
  PLACE_UNKNOWN: '二维码无效或已停用，请扫描小区或卡点张贴的最新海报',
  POSTER_FONT_MISSING:
    '服务器缺少中文字体，无法生成 PDF/PNG 海报（SVG 海报仍可使用）：请安装 fonts-noto-cjk，或用 LIANFANG_CJK_FONT 指定字体文件',
  POSTER_TOO_MANY: '所选区划下有 {{count}} 个场所，超过一次最多 {{max}} 张海报，请按街道或社区分别下载',
  DECLARANT_MISMATCH: '姓名或手机号与登记信息不符，请核对，或联系社区工作人员',
  OBSERVATION_ALREADY_OPEN: '此人正在居家医学观察中，不能重复开始',
  OBSERVATION_NOT_OPEN: '该居家医学观察已解除',
  NOT_UNDER_OBSERVATION: '此人当前不在居家医学观察中',
  OBSERVATION_START_IN_FUTURE: '开始日期不能晚于今天',
  TEAM_SAME_PERSON_TWICE: '“1+1+1”小组须由三名不同人员组成',
  TEAM_MEMBER_UNKNOWN: '找不到{{member}}的账号，或账号已停用',
  TEAM_ROLE_MISMATCH: '{{member}}的账号角色不符（应为{{expected}}）',
  TEAM_MEMBER_OUT_OF_AREA: '{{member}}的管辖范围不包括此人住址',
  READING_DATE_OUTSIDE_PERIOD: '测温日期须在观察开始日至今天之间',
  READING_TEMPERATURE_IMPLAUSIBLE: '体温须在 34.0 至 43.0 ℃ 之间，请复测',
  RELEASE_TOO_EARLY: '观察期未满，{{endsOn}} 起方可解除',
  RELEASE_ABNORMAL_READINGS: '近24小时有体温或症状异常，不能解除',
  RELEASE_NO_RECENT_READINGS: '近24小时没有测温记录，不能解除',
  ALERT_ALREADY_CLOSED: '该预警已关闭',
  SUPERVISOR_REGION_NOT_COMMUNITY: '督导名单只能设在社区或村一级',
  SUPERVISOR_OUT_OF_AREA: '督导人员的管辖范围须包括该社区',
  CARE_REQUEST_EMPTY: '请填写所需物品清单或上传文件',
  CARE_FILE_TOO_LARGE: '文件不能超过 {{mb}} MB',
  CARE_FILE_TYPE: '只能上传 PDF、图片、Word 或文本文件',
  CARE_FILE_MISSING: '该需求没有附件',
  CARE_REQUEST_CLOSED: '该需求已完成或已取消',
  CARE_ASSIGNEE_INVALID: '找不到该志愿者账号，或其负责范围不包括这户',
  CARE_NOT_ASSIGNEE: '只有被指派的志愿者可以登记送达',
  CARE_NO_HOUSEHOLD: '此人没有登记住户地址',
  CAMPAIGN_WRONG_KIND: '该操作只适用于{{expected}}',
  CAMPAIGN_CLOSED: '该排查行动已结束',
  ASSIGNEE_NOT_STAFF: '指派对象必须是本次排查范围内的工作人员账号',
  VISIT_PEOPLE_WITHOUT_VISIT: '只有“已走访”才能登记见到的人员',
  NUMBER_LIST_UNREADABLE: '无法读取上传的文件（应为 CSV 或 .xlsx）',
  NUMBER_LIST_NO_PHONE_COLUMN: '号码清单缺少“手机号码”列',
  CALLERS_REQUIRED: '请至少选择一名接线人员',
  CALLER_COUNTS_MISMATCH: '分配数量应与接线人员一一对应',
  SAME_CALLER: '原接线人员与新接线人员相同',
  CALL_NOT_YOURS: '该号码已分配给其他接线人员',
  CALLBACK_NEEDS_TIME: '“稍后回拨”需要填写回拨时间',
  LIAISON_ROLE_REQUIRED: '联络员必须是“企业联络员”角色的账号',
  HIRE_LIST_COLUMNS: '员工名单需要“姓名”和“证件号码”两列',
  HIRE_NAME_MISMATCH: '姓名与该证件号码的登记信息不符，请核对',
  HIRE_ALREADY_LISTED: '该员工已在本企业名单中',
  NOTICE_NOT_DRAFT: '只有草稿可以修改或审核（当前状态：{{status}}）',
  NOTICE_SELF_APPROVAL: '起草或修改过该通告的人不能审核它，请由另一位同事审核',
  NOTICE_NOT_APPROVED: '通告须先审核才能发布（当前状态：{{status}}）',
  NOTICE_NOT_PUBLISHED: '该通告未发布，无需撤回',
  HOTLINE_NOT_AN_EXPERT: '只能为社工或医护账号排热线班',
  HOTLINE_SHIFT_TIMES: '班次须先开始后结束，且不超过24小时',
  HOTLINE_EXPERT_BUSY: '该专家在此时段已有热线班次',
  HOTLINE_CALL_IN_FUTURE: '来电时间不能晚于现在',
  HOTLINE_HIGH_RISK_UNHANDLED: '高风险或危机来电须安排随访或转介',
  SW_AGENCY_NAME_TAKEN: '该区划下已有同名社工机构',
  SW_WORKER_NAME_REQUIRED: '请填写社工姓名或选择一个账号',
  SW_SERVICE_IN_FUTURE: '服务日期不能晚于今天',
  TEAM_AREA_OUTSIDE: '小组负责的区域和住户须在小组所属区划之内',
  UNIT_REQUIRED: '下沉干部须填写派出单位',
  STAFF_BAD_PHONE: '手机号码格式不正确',
  BAD_TEXT: '“{{field}}”含有不允许的字符（控制字符或无效的 Unicode）',
  BAD_REQUEST: '请求格式有误',
  HEADERS_TOO_LARGE: '请求的地址或请求头过长',
  REQUEST_TIMEOUT: '请求超时',
  UPLOAD_TOO_LARGE: '文件过大（上限 {{limitMb}} MB）',
  UPLOAD_BOMB:
    '文件解压后过大或压缩比异常，已拒绝（解压后上限 {{limitMb}} MB，压缩比上限 {{maxRatio}}:1，条目上限 {{maxEntries}} 个）：请在 Excel 中另存为新的 .xlsx 或 CSV 后再上传',
  UPLOAD_TOO_MANY_ROWS: '文件超过 {{limit}} 行的上限，请拆分后分批上传',
  UPLOAD_TOO_MANY_CELLS: '第 {{rowNo}} 行超过 {{limit}} 列的上限',
  UPLOAD_PARSE_LIMIT:
    '解析文件所需内存超过 {{limitMb}} MB 的上限，已停止（未写入任何数据）：请拆分文件或另存为 CSV 后再上传',
  KEY_NOT_FOUND: '没有这个签名密钥：{{kid}}',
  KEY_REVOKE_UNCONFIRMED:
    '吊销会使该密钥签发的通行码全部失效：请加 --compromised 确认；日常更换请用 keys rotate',
  LOOKUP_RATE_LIMITED: '查询过于频繁（每分钟最多 {{max}} 次），请稍后再试',
  PASS_INVALID: '通行码无效、已过期或已撤销，请让居民刷新通行码',
  SMS_TOO_MANY: '获取验证码过于频繁，请稍后再试',
  CODE_INVALID: '验证码不正确或已过期，请重新获取',
  SMS_OFF: '本地未开通短信验证码，请在卡点或社区出示身份证核验',
  POSTER_BUSY: '海报生成繁忙，请稍后再试',
  POSTER_RENDER_FAILED: '海报生成失败，请稍后再试',
  HIRE_LINK_PENDING: '该员工登记在其他社区，须待该社区确认后才能代为申报',
  HIRE_LINK_REFUSED: '该员工所在社区未同意关联，不能代为申报',
  HIRE_LINK_DECIDED: '该关联已处理过',
}

// The light entries (no Ant Design): filled by later issues.
export const gate = {
  title: '卡点登记',
  subtitle: '卡点值守人员使用：扫码核验通行码、测量体温、登记出入',
  placeholder: '卡点登记功能即将上线。请将本页添加到手机主屏幕，断网时也能打开。',
  offlineReady: '已可离线使用',
  offline: '当前离线',
}

export const resident = {
  title: '居民健康申报',
  subtitle: '扫描小区门口二维码，如实申报健康状况，领取健康通行码',
  placeholder: '健康申报功能即将上线。请将本页添加到手机主屏幕，方便随时申报。',
  offlineReady: '已可离线使用',
  offline: '当前离线',
}

// 居家医学观察 / 暖心人 groups live beside their pages
export * from '../pages/observations/i18n.zh'
// 排查行动 groups live beside their pages
export * from '../pages/campaigns/i18n.zh'
// 宣传 groups live beside their pages
export * from '../pages/publicity/i18n.zh'
export * from '../pages/checkpoints/i18n.zh'
export * from '../pages/checkpoints/paper.i18n.zh'
// 人员登记、批量导入、人员力量 groups live beside their pages
export * from '../pages/people/i18n.zh'
// 态势报告、心理热线、社工服务、宣传台账 groups live beside their pages
export * from '../pages/dashboard/i18n.zh'
export * from '../pages/hotline/i18n.zh'
export * from '../pages/social-work/i18n.zh'
export * from '../pages/publicity-log/i18n.zh'
// 健康申报、重点人员、风险地区、赋码规则、码色 groups live beside their pages
export * from '../pages/passes/i18n.zh'
// 场所码海报 (region and checkpoint pages)
export * from '../components/posters.i18n.zh'
// 复工企业 group lives beside its pages
export * from '../pages/enterprises/i18n.zh'
