import { defineErrors } from '../../core/errors.js'

export const CareErrors = defineErrors({
  CARE_REQUEST_EMPTY: {
    status: 400,
    zh: '请填写所需物品清单或上传文件',
    en: 'Give a list of what is needed or upload a file',
  },
  CARE_FILE_TOO_LARGE: { status: 413, zh: '文件不能超过 {mb} MB', en: 'The file may not exceed {mb} MB' },
  CARE_FILE_TYPE: {
    status: 400,
    zh: '只能上传 PDF、图片、Word 或文本文件',
    en: 'Only PDF, image, Word or text files can be uploaded',
  },
  CARE_FILE_MISSING: { status: 404, zh: '该需求没有附件', en: 'This request has no file' },
  CARE_REQUEST_CLOSED: {
    status: 409,
    zh: '该需求已完成或已取消',
    en: 'This request is already done or cancelled',
  },
  CARE_ASSIGNEE_INVALID: {
    status: 400,
    zh: '找不到该志愿者账号，或其负责范围不包括这户',
    en: 'No active account for this volunteer, or it does not cover this household',
  },
  CARE_NOT_ASSIGNEE: {
    status: 403,
    zh: '只有被指派的志愿者可以登记送达',
    en: 'Only the assigned volunteer can record a delivery',
  },
  CARE_NO_HOUSEHOLD: {
    status: 400,
    zh: '此人没有登记住户地址',
    en: 'This person has no registered household',
  },
})
