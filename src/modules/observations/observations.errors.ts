import { defineErrors } from '../../core/errors.js'

export const ObservationErrors = defineErrors({
  OBSERVATION_ALREADY_OPEN: {
    status: 409,
    zh: '此人正在居家医学观察中，不能重复开始',
    en: 'This person is already under home medical observation',
  },
  OBSERVATION_NOT_OPEN: {
    status: 409,
    zh: '该居家医学观察已解除',
    en: 'This observation has already been released',
  },
  NOT_UNDER_OBSERVATION: {
    status: 404,
    zh: '此人当前不在居家医学观察中',
    en: 'This person is not under observation',
  },
  OBSERVATION_START_IN_FUTURE: {
    status: 400,
    zh: '开始日期不能晚于今天',
    en: 'The start date cannot be after today',
  },
  TEAM_SAME_PERSON_TWICE: {
    status: 400,
    zh: '“1+1+1”小组须由三名不同人员组成',
    en: 'The team needs three different people',
  },
  TEAM_MEMBER_UNKNOWN: {
    status: 400,
    zh: '找不到{member}的账号，或账号已停用',
    en: 'No active account for the {role}',
  },
  TEAM_ROLE_MISMATCH: {
    status: 400,
    zh: '{member}的账号角色不符（应为{expected}）',
    en: 'The {role} account has the wrong role',
  },
  TEAM_MEMBER_OUT_OF_AREA: {
    status: 400,
    zh: '{member}的管辖范围不包括此人住址',
    en: 'The {role} does not cover the area where this person lives',
  },
  READING_DATE_OUTSIDE_PERIOD: {
    status: 400,
    zh: '测温日期须在观察开始日至今天之间',
    en: 'The reading date must lie between the start of the observation and today',
  },
  READING_TEMPERATURE_IMPLAUSIBLE: {
    status: 400,
    zh: '体温须在 34.0 至 43.0 ℃ 之间，请复测',
    en: 'Temperature must be between 34.0 and 43.0 °C: measure again',
  },
  RELEASE_TOO_EARLY: {
    status: 409,
    zh: '观察期未满，{endsOn} 起方可解除',
    en: 'Release is possible from {endsOn}',
  },
  RELEASE_ABNORMAL_READINGS: {
    status: 409,
    zh: '近24小时有体温或症状异常，不能解除',
    en: 'A reading in the last 24 hours was abnormal: release refused',
  },
  RELEASE_NO_RECENT_READINGS: {
    status: 409,
    zh: '近24小时没有测温记录，不能解除',
    en: 'No reading in the last 24 hours: release refused',
  },
  ALERT_ALREADY_CLOSED: { status: 409, zh: '该预警已关闭', en: 'This alert is already closed' },
  SUPERVISOR_REGION_NOT_COMMUNITY: {
    status: 400,
    zh: '督导名单只能设在社区或村一级',
    en: 'Supervisor lists belong to a community or village',
  },
  SUPERVISOR_OUT_OF_AREA: {
    status: 400,
    zh: '督导人员的管辖范围须包括该社区',
    en: 'A supervisor must cover this community',
  },
})

/** 小组角色 names in the messages. */
export const MEMBER_ZH = { officer: '街镇干部', medic: '医护人员', worker: '社区工作人员' } as const
