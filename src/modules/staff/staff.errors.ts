import { defineErrors } from '../../core/errors.js'

export const StaffErrors = defineErrors({
  UNIT_REQUIRED: {
    status: 400,
    zh: '下沉干部须填写派出单位',
    en: 'A dispatched cadre needs the unit that sent them',
  },
  STAFF_BAD_PHONE: { status: 400, zh: '手机号码格式不正确', en: 'Not a valid mobile number' },
})

export const TeamErrors = defineErrors({
  TEAM_AREA_OUTSIDE: {
    status: 400,
    zh: '小组负责的区域和住户须在小组所属区划之内',
    en: 'A team’s areas and households must lie inside the team’s own region',
  },
})
