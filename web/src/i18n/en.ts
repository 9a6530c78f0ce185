// English catalogue. Typed against zh-CN.ts: a missing or extra key fails the typecheck.
import type * as zh from './zh-CN'
import type { Messages } from './types'

export const app: Messages<typeof zh.app> = {
  name: 'Lianfang',
  fullName: 'Community epidemic prevention and control',
  loading: 'Loading…',
  notFound: 'Page not found',
  forbidden: 'Your role may not open this page',
  noPages: 'There are no pages for your role yet',
  backHome: 'Back to the start page',
  crashed: 'Something went wrong on this page. Reload and try again.',
  reload: 'Reload',
}

export const lang: Messages<typeof zh.lang> = {
  label: 'Language',
  switchTo: '中文',
  'zh-CN': '中文',
  en: 'English',
}

export const common: Messages<typeof zh.common> = {
  ok: 'OK',
  cancel: 'Cancel',
  save: 'Save',
  create: 'Create',
  edit: 'Edit',
  delete: 'Delete',
  search: 'Search',
  reset: 'Reset',
  refresh: 'Refresh',
  actions: 'Actions',
  select: 'Select',
  dateRange: 'Date range',
  scrollTable: 'Table (scrolls sideways)',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it by hand',
  close: 'Close',
  saved: 'Saved',
  none: 'None',
  total: '{{total}} in all',
  required: 'Enter the {{field}}',
  selectRequired: 'Choose the {{field}}',
  tooLong: 'The {{field}} may have at most {{max}} characters',
}

export const passColours: Messages<typeof zh.passColours> = {
  green: 'Green',
  yellow: 'Yellow',
  red: 'Red',
  unknown: 'Unknown colour',
}

export const menuSections: Messages<typeof zh.menuSections> = {
  situation: 'Situation',
  registry: 'Residents',
  screening: 'Screening',
  health: 'Declarations and colours',
  checkpoints: 'Checkpoints',
  observation: 'Observation and care',
  outreach: 'Outreach and support',
  system: 'System',
  other: 'Other',
}

export const nav: Messages<typeof zh.nav> = {
  menu: 'Menu',
  people: 'People',
  imports: 'Import',
  staff: 'Staff and teams',
  regions: 'Regions',
  users: 'Staff accounts',
  audit: 'Audit log',
  password: 'Change password',
  logout: 'Sign out',
  loggedOut: 'Signed out',
  observations: 'Home observation',
  rounds: 'Today’s round',
  alerts: 'Alerts',
  release: 'Release',
  care: 'Care requests',
  sweep: 'Door-to-door visits',
  calls: 'Phone screening',
  campaigns: 'Screening campaigns',
  enterprises: 'Enterprises',
  hires: 'New hires',
  notices: 'Notices',
  checkpoints: 'Checkpoints',
  roster: 'Checkpoint roster',
  paperRegister: 'Paper registers',
  declarations: 'Health declarations',
  keyPersons: 'Key persons',
  riskAreas: 'Risk areas',
  colourRules: 'Colour rules',
  colours: 'Pass colours',
  dashboard: 'Situation report',
  hotlineRoster: 'Hotline roster',
  hotlineCalls: 'Hotline calls',
  socialWork: 'Social work',
  publicityLog: 'Publicity log',
}

export const header: Messages<typeof zh.header> = {
  role: 'Role',
  scope: 'Scope',
  account: 'My account',
}

export const roles: Messages<typeof zh.roles> = {
  admin: 'Command centre admin',
  street_officer: 'Street / town officer',
  community_worker: 'Community worker',
  grid_member: 'Grid member / volunteer',
  checkpoint_staff: 'Checkpoint staff',
  medic: 'Medic',
  social_worker: 'Social worker / counsellor',
  enterprise_liaison: 'Enterprise liaison',
}

export const regionTypes: Messages<typeof zh.regionTypes> = {
  district: 'District',
  street: 'Street',
  town: 'Town',
  community: 'Community',
  village: 'Village',
  compound: 'Compound',
  natural_village: 'Natural village',
  building: 'Building',
}

export const login: Messages<typeof zh.login> = {
  title: 'Sign in',
  subtitle: 'Staff sign in with the account their administrator gave them',
  username: 'Username',
  password: 'Password',
  submit: 'Sign in',
  firstTime: 'First time? Use your one-time password; you will then choose a new one',
}

export const password: Messages<typeof zh.password> = {
  title: 'Change password',
  forcedTitle: 'Choose a new password',
  forcedHint:
    'You signed in with a one-time password. Choose a new password that only you know before you go on.',
  current: 'Current password',
  currentOneTime: 'One-time password',
  next: 'New password',
  confirm: 'New password again',
  rule: 'At least 12 characters; mix letters, digits or symbols',
  tooShort: 'The new password needs at least 12 characters',
  mismatch: 'The two new passwords differ',
  sameAsCurrent: 'The new password must differ from the current one',
  submit: 'Change password',
  changed: 'Password changed',
}

export const oneTime: Messages<typeof zh.oneTime> = {
  title: 'One-time password',
  hint: 'Hand this password to {{name}} in person or over a safe channel. It is shown only now and must be changed at the first sign-in.',
  username: 'Username',
}

export const regions: Messages<typeof zh.regions> = {
  title: 'Regions',
  tree: 'Region tree',
  detail: 'Region details',
  name: 'Name',
  type: 'Type',
  code: 'Division code',
  childCount: 'Sub-regions',
  createdAt: 'Created',
  updatedAt: 'Updated',
  select: 'Choose a region in the tree',
  addChild: 'Add sub-region',
  addChildTitle: 'New region under “{{parent}}”',
  rename: 'Rename',
  renameTitle: 'Edit “{{name}}”',
  move: 'Move',
  moveTitle: 'Move “{{name}}”',
  moveTo: 'New parent region',
  moveHint: 'Type to search; only regions that may be the parent are listed',
  delete: 'Delete',
  deleteConfirm: 'Delete “{{name}}”? This cannot be undone.',
  deleteHasChildren: 'Only a region without sub-regions can be deleted',
  isScope: 'This is your own scope: it cannot be moved or deleted',
  noDeeperType: 'No sub-region can be placed under this type',
  codeRule: 'Letters and digits only, at most 32',
  created: 'Added “{{name}}”',
  renamed: 'Saved',
  moved: 'Moved under “{{parent}}”',
  deleted: 'Deleted “{{name}}”',
  searchPlaceholder: 'Type a region name',
  noMatch: 'No matching region',
}

export const users: Messages<typeof zh.users> = {
  title: 'Staff accounts',
  searchPlaceholder: 'Search username or name',
  allRoles: 'All roles',
  create: 'New account',
  createTitle: 'New staff account',
  editTitle: 'Edit “{{name}}”',
  username: 'Username',
  usernameRule: '3–32 letters, digits, underscores, dots or hyphens',
  displayName: 'Name',
  role: 'Role',
  scope: 'Scope',
  scopeHint: 'The account sees and handles only this region and what lies under it',
  phone: 'Mobile',
  phoneInvalid: 'Enter an 11-digit mobile number',
  status: 'Status',
  enabled: 'Active',
  disabled: 'Disabled',
  mustChange: 'Password to change',
  createdAt: 'Created',
  disable: 'Disable',
  enable: 'Enable',
  disableConfirm: '“{{name}}” will no longer be able to sign in. Disable?',
  enableConfirm: 'Enable “{{name}}” again?',
  resetPassword: 'Reset password',
  resetConfirm: 'Make a new one-time password for “{{name}}”? The old password stops working at once.',
  createdOk: 'Created the account “{{name}}”',
  disabledOk: 'Disabled “{{name}}”',
  enabledOk: 'Enabled “{{name}}”',
}

export const audit: Messages<typeof zh.audit> = {
  title: 'Audit log',
  hint: 'The log is read-only: nothing in it can be changed or deleted',
  user: 'User',
  userPlaceholder: 'Filter by user',
  action: 'Action',
  actionPlaceholder: 'Filter by action',
  dateRange: 'Dates',
  seq: 'No.',
  time: 'Time',
  target: 'Record',
  detail: 'Details',
}

export const auditActions: Messages<typeof zh.auditActions> = {
  auth: { login: 'Signed in', login_failed: 'Failed sign-in', logout: 'Signed out' },
  region: { create: 'Region added', update: 'Region changed', delete: 'Region deleted' },
  user: {
    create: 'Account created',
    update: 'Account changed',
    reset_password: 'Password reset',
    change_password: 'Own password changed',
    unmask_phone: 'Full phone number viewed',
  },
  person: { create: 'Person registered', update: 'Person changed', unmask: 'Full document viewed' },
}

export const auditEntities: Messages<typeof zh.auditEntities> = {
  region: 'Region',
  staff_user: 'Account',
  person: 'Person',
}

export const errors: Messages<typeof zh.errors> = {
  NETWORK: 'Cannot reach the server: check the network and try again',
  VALIDATION_FAILED: 'Invalid input: {{detail}}',
  BAD_JSON: 'The request body is not valid JSON',
  UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
  PAYLOAD_TOO_LARGE: 'The request body is too large',
  UNAUTHENTICATED: 'Your session has ended: sign in again',
  FORBIDDEN: 'Your role may not do this',
  NOT_FOUND: 'Not found, or outside your scope',
  ROUTE_NOT_FOUND: 'No such endpoint: reload the page and try again',
  CONFLICT: 'Conflicts with an existing record',
  RATE_LIMITED: 'Too many attempts, try again later',
  INTERNAL: 'Internal error, please try again later',
  REGION_TYPE_NOT_ALLOWED: 'A region of this type cannot be placed under the chosen parent',
  REGION_NAME_TAKEN: 'A region with this name already exists here',
  REGION_NOT_EMPTY: 'This region still has sub-regions or records and cannot be deleted',
  REGION_MOVE_INTO_ITSELF: 'Cannot move a region under itself',
  REGION_IS_SCOPE_ROOT: 'You cannot delete or move the region you are scoped to',
  PASSWORD_TOO_SHORT: 'A password needs at least 12 characters',
  PASSWORD_TOO_WEAK: 'Password too simple: mix letters, digits or symbols',
  USERNAME_TAKEN: 'This username is taken',
  BAD_PHONE: 'Not a valid mobile number',
  ROLE_NOT_GRANTABLE: 'You may not grant this role',
  WRONG_PASSWORD: 'The current password is wrong',
  CANNOT_DISABLE_SELF: 'You cannot disable your own account',
  BAD_CREDENTIALS: 'Wrong username or password',
  ACCOUNT_DISABLED: 'This account is disabled: ask your administrator',
  PASSWORD_CHANGE_REQUIRED: 'Change your one-time password first',
  LOGIN_THROTTLED: 'Too many sign-in attempts, try again in {{seconds}} seconds',
  ONE_TIME_PASSWORD_EXPIRED: 'The one-time password has expired (72 hours): ask for a new reset',
  PASSWORD_COMMON: 'This password is among the most common ones: choose another',
  PASSWORD_HAS_USERNAME: 'The password must not contain the username',
  PEER_ACCOUNT: 'You may not manage an account at your own level or above',
  APPROVER_NOT_INDEPENDENT:
    'The approver may not be the requester, nor an account the requester created or reset in the last 30 days',
  CROSS_SITE: 'Requests from another site are refused',
  CROSS_SITE_UNKNOWN:
    'The request names no Origin and carries a session: refused (scripts send an Origin header)',
  JSON_REQUIRED: 'The request body must be JSON (Content-Type: application/json)',
  BAD_RESIDENT_ID: 'Invalid resident ID number',
  BAD_DOCUMENT: 'Invalid document number',
  PERSON_REGISTERED_ELSEWHERE: 'This person is registered in another area: contact it',
  EXPORT_REASON_REQUIRED: 'A reason is required to export full document numbers and phones',
  EXPORT_TOO_LARGE: 'More than {{max}} rows: narrow the search',
  IMPORT_EMPTY_FILE: 'The file is empty',
  IMPORT_UNREADABLE: 'Cannot read the file (expected .xlsx or CSV)',
  IMPORT_MISSING_COLUMNS: 'Required columns are missing: {{columns}}',
  IMPORT_REQUIRED: '{{column}} is required',
  IMPORT_BAD_VALUE: '{{column}}: unrecognised value "{{value}}"',
  IMPORT_BIRTH_DATE_MISMATCH: 'The birth date does not match the resident ID number',
  IMPORT_PLACE_NOT_FOUND: 'No {{level}} named "{{name}}" within the import area',
  IMPORT_NO_ERRORS: 'This import has no error report',
  IMPORT_FILE_TOO_LARGE: 'File too large (limit {{limitMb}} MB)',
  CHECKPOINT_NAME_TAKEN: 'A checkpoint with this name already exists here',
  UNKNOWN_CHECKPOINT: 'No such checkpoint, or it is outside your scope',
  SHIFT_ENDS_BEFORE_START: 'A shift must end after it starts',
  SHIFT_TOO_LONG: 'A shift cannot be longer than 24 hours',
  SHIFT_DOUBLE_BOOKED: 'This staff member is already on duty at "{{checkpoint}}" at that time',
  SHIFT_STAFF_DISABLED: 'This account is disabled and cannot be rostered',
  TEMPERATURE_OUT_OF_RANGE: 'Temperature {{value}} °C is outside {{min}}–{{max}} °C: measure again',
  BAD_PLATE: 'Not a valid vehicle plate number',
  PASSAGE_NO_PERSON: 'Scan a pass or enter a document number',
  PAPER_BAD_TIME: 'Write the time as HH:MM, e.g. 08:30',
  PAPER_TIME_IN_FUTURE: 'This time is still to come',
  PAPER_NO_DOCUMENT: 'Enter the document number',
  PAPER_ROW_REPEATED: 'The same record as row {{row}}',
  PAPER_TOO_OLD: '{{date}} is past the {{days}}-day retention period: not entered',
  COLOUR_CHANGE_SELF_APPROVAL:
    'A manual colour change must be approved by a second staff member, not by the requester',
  COLOUR_CHANGE_NOT_PENDING: 'This colour change has already been decided',
  COLOUR_CHANGE_PAST_UNTIL: 'The end time must be in the future',
  RULE_UNKNOWN_FACT: 'Rule "{{rule}}" names an unknown fact "{{fact}}"',
  RULE_DUPLICATE_ID: 'Rule id "{{rule}}" is used twice',
  RULE_VERSION_CONFLICT: 'The rules were changed meanwhile (now version {{current}}); reload and edit again',
  DEVICE_UNKNOWN: 'This phone has not declared yet: scan the poster QR code to declare',
  PASS_NOT_FOUND: 'No such pass',
  RISK_AREA_DATES: 'The end date cannot be before the start date',
  ARRIVAL_IN_FUTURE: 'The arrival date cannot be after today',
  ARRIVAL_WITHOUT_PLACE: 'Give both where you came from and the arrival date',
  PLACE_UNKNOWN: 'Unknown or withdrawn place code: scan the poster at the compound or checkpoint',
  POSTER_FONT_MISSING:
    'No CJK font on the server, so no PDF/PNG posters (SVG still works): install fonts-noto-cjk or set LIANFANG_CJK_FONT',
  POSTER_TOO_MANY:
    '{{count}} places here, more than {{max}} posters at once: download street by street or community by community',
  DECLARANT_MISMATCH: 'Name or phone differs from the registry: check them or contact the community office',
  OBSERVATION_ALREADY_OPEN: 'This person is already under home medical observation',
  OBSERVATION_NOT_OPEN: 'This observation has already been released',
  NOT_UNDER_OBSERVATION: 'This person is not under observation',
  OBSERVATION_START_IN_FUTURE: 'The start date cannot be after today',
  TEAM_SAME_PERSON_TWICE: 'The team needs three different people',
  TEAM_MEMBER_UNKNOWN: 'No active account for the {{role}}',
  TEAM_ROLE_MISMATCH: 'The {{role}} account has the wrong role',
  TEAM_MEMBER_OUT_OF_AREA: 'The {{role}} does not cover the area where this person lives',
  READING_DATE_OUTSIDE_PERIOD: 'The reading date must lie between the start of the observation and today',
  READING_TEMPERATURE_IMPLAUSIBLE: 'Temperature must be between 34.0 and 43.0 °C: measure again',
  RELEASE_TOO_EARLY: 'Release is possible from {{endsOn}}',
  RELEASE_ABNORMAL_READINGS: 'A reading in the last 24 hours was abnormal: release refused',
  RELEASE_NO_RECENT_READINGS: 'No reading in the last 24 hours: release refused',
  ALERT_ALREADY_CLOSED: 'This alert is already closed',
  SUPERVISOR_REGION_NOT_COMMUNITY: 'Supervisor lists belong to a community or village',
  SUPERVISOR_OUT_OF_AREA: 'A supervisor must cover this community',
  CARE_REQUEST_EMPTY: 'Give a list of what is needed or upload a file',
  CARE_FILE_TOO_LARGE: 'The file may not exceed {{mb}} MB',
  CARE_FILE_TYPE: 'Only PDF, image, Word or text files can be uploaded',
  CARE_FILE_MISSING: 'This request has no file',
  CARE_REQUEST_CLOSED: 'This request is already done or cancelled',
  CARE_ASSIGNEE_INVALID: 'No active account for this volunteer, or it does not cover this household',
  CARE_NOT_ASSIGNEE: 'Only the assigned volunteer can record a delivery',
  CARE_NO_HOUSEHOLD: 'This person has no registered household',
  CAMPAIGN_WRONG_KIND: 'This applies only to a {{expectedEn}}',
  CAMPAIGN_CLOSED: 'This campaign is closed',
  ASSIGNEE_NOT_STAFF: 'The assignee must be an active staff account working inside this campaign’s area',
  VISIT_PEOPLE_WITHOUT_VISIT: 'People seen can be recorded only with the outcome “visited”',
  NUMBER_LIST_UNREADABLE: 'Cannot read the uploaded file (expected CSV or .xlsx)',
  NUMBER_LIST_NO_PHONE_COLUMN: 'The number list has no phone number column',
  CALLERS_REQUIRED: 'Choose at least one caller',
  CALLER_COUNTS_MISMATCH: 'Give one count per caller',
  SAME_CALLER: 'The two callers are the same',
  CALL_NOT_YOURS: 'This number is on another caller’s list',
  CALLBACK_NEEDS_TIME: 'A call-back needs a time',
  LIAISON_ROLE_REQUIRED: 'The liaison must be an account with the enterprise liaison role',
  HIRE_LIST_COLUMNS: 'The hire list needs a name column and a document number column',
  HIRE_NAME_MISMATCH: 'The name differs from the registry entry for this document number',
  HIRE_ALREADY_LISTED: 'This person is already on the list',
  NOTICE_NOT_DRAFT: 'Only a draft can be edited or approved (now: {{status}})',
  NOTICE_SELF_APPROVAL: 'Whoever wrote or edited a notice cannot approve it: another account must',
  NOTICE_NOT_APPROVED: 'A notice must be approved before it is published (now: {{status}})',
  NOTICE_NOT_PUBLISHED: 'This notice is not published',
  HOTLINE_NOT_AN_EXPERT: 'Only social-worker or medic accounts can staff the hotline',
  HOTLINE_SHIFT_TIMES: 'A shift must end after it starts and last at most 24 hours',
  HOTLINE_EXPERT_BUSY: 'This expert already has a hotline shift at that time',
  HOTLINE_CALL_IN_FUTURE: 'A call cannot start in the future',
  HOTLINE_HIGH_RISK_UNHANDLED: 'A high-risk or crisis call needs a follow-up or a referral',
  SW_AGENCY_NAME_TAKEN: 'An agency with this name already exists here',
  SW_WORKER_NAME_REQUIRED: 'Give the social worker a name or pick an account',
  SW_SERVICE_IN_FUTURE: 'A service cannot be dated in the future',
  TEAM_AREA_OUTSIDE: 'A team’s areas and households must lie inside the team’s own region',
  UNIT_REQUIRED: 'A dispatched cadre needs the unit that sent them',
  STAFF_BAD_PHONE: 'Not a valid mobile number',
  BAD_TEXT: '"{{field}}" contains characters that are not allowed (control characters or invalid Unicode)',
  BAD_REQUEST: 'Malformed request',
  HEADERS_TOO_LARGE: 'The request URL or headers are too large',
  REQUEST_TIMEOUT: 'The request timed out',
  UPLOAD_TOO_LARGE: 'File too large (limit {{limitMb}} MB)',
  UPLOAD_BOMB:
    'The file inflates too much and was refused (limits: {{limitMb}} MB inflated, ratio {{maxRatio}}:1, {{maxEntries}} entries): save it again from Excel as a new .xlsx or as CSV',
  UPLOAD_TOO_MANY_ROWS: 'The file has more than {{limit}} rows: split it and upload the parts',
  UPLOAD_TOO_MANY_CELLS: 'Row {{rowNo}} has more than {{limit}} columns',
  UPLOAD_PARSE_LIMIT:
    'Reading the file needed more than {{limitMb}} MB of memory and was stopped (nothing written): split it or save it as CSV',
  KEY_NOT_FOUND: 'No such signing key: {{kid}}',
  KEY_REVOKE_UNCONFIRMED:
    'Revoking voids every pass the key signed: add --compromised to confirm, or use keys rotate',
  LOOKUP_RATE_LIMITED: 'Too many searches (at most {{max}} a minute), try again later',
  PASS_INVALID: 'The pass is invalid, expired or revoked: ask the resident to refresh it',
  SMS_TOO_MANY: 'Too many code requests: try again later',
  CODE_INVALID: 'The code is wrong or has expired: request a new one',
  SMS_OFF: 'SMS codes are not set up here: show your identity card at a gate or the community office',
  POSTER_BUSY: 'Poster rendering is busy, please try again shortly',
  POSTER_RENDER_FAILED: 'The poster could not be drawn, please try again',
  HIRE_LINK_PENDING:
    'This person is registered in another community; declaring waits until that community accepts the link',
  HIRE_LINK_REFUSED: 'The person’s community refused the link; no declaration can be entered for them',
  HIRE_LINK_DECIDED: 'This link has already been decided',
}

export const gate: Messages<typeof zh.gate> = {
  title: 'Checkpoint',
  subtitle: 'For checkpoint staff: scan passes, take temperatures, register entries',
  placeholder:
    'Checkpoint registration is coming soon. Add this page to your home screen: it opens offline too.',
  offlineReady: 'Ready to work offline',
  offline: 'Offline',
}

export const resident: Messages<typeof zh.resident> = {
  title: 'Health declaration',
  subtitle: 'Scan the QR code at your compound gate, declare your health and get your health pass',
  placeholder: 'Health declaration is coming soon. Add this page to your home screen to declare any time.',
  offlineReady: 'Ready to work offline',
  offline: 'Offline',
}

// 居家医学观察 / 暖心人 groups live beside their pages
export * from '../pages/observations/i18n.en'
// 排查行动 groups live beside their pages
export * from '../pages/campaigns/i18n.en'
// Publicity groups live beside their pages
export * from '../pages/publicity/i18n.en'
export * from '../pages/checkpoints/i18n.en'
export * from '../pages/checkpoints/paper.i18n.en'
// Registry, import and staff groups live beside their pages
export * from '../pages/people/i18n.en'
// Situation report, hotline, social work and publicity log groups live beside their pages
export * from '../pages/dashboard/i18n.en'
export * from '../pages/hotline/i18n.en'
export * from '../pages/social-work/i18n.en'
export * from '../pages/publicity-log/i18n.en'
// Declarations, key persons, risk areas, colour rules and colours live beside their pages
export * from '../pages/passes/i18n.en'
// Place posters (region and checkpoint pages)
export * from '../components/posters.i18n.en'
// Enterprise group lives beside its pages
export * from '../pages/enterprises/i18n.en'
