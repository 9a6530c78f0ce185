// 导出: any people search as an .xlsx, streamed page by page. Masked by default; the full
// document numbers and phones only for a role allowed to unmask, with a typed reason, and
// always in the audit log. Cells a spreadsheet would run as formulas are escaped.
import type { Writable } from 'node:stream'
import ExcelJS from 'exceljs'
import type { Db } from '../../db/db.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { decryptField } from '../../crypto/pii.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { can } from '../../core/permissions.js'
import { searchPeople, searchPeopleAfter, type PeopleFilter, type PersonRow } from './people.queries.js'
import { maskBirthDate, peopleFilter } from './people.service.js'
import type { ExportInput } from './people.schema.js'

export const ExportErrors = defineErrors({
  EXPORT_REASON_REQUIRED: {
    status: 400,
    zh: '导出完整证件号码和手机号须填写原因',
    en: 'A reason is required to export full document numbers and phones',
  },
  EXPORT_TOO_LARGE: {
    status: 400,
    zh: '导出结果超过 {max} 行，请缩小查询范围',
    en: 'More than {max} rows: narrow the search',
  },
})

export const EXPORT_MAX_ROWS = 1_000_000
const PAGE = 1000

/** =, +, -, @, tab and CR start formulas (or DDE) in spreadsheet programs: prefix a quote. */
export const escapeCell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)

const DOC_TYPE_ZH = {
  id_card: '居民身份证',
  passport: '护照',
  hk_macau_permit: '港澳居民来往内地通行证',
  taiwan_permit: '台湾居民来往大陆通行证',
  other: '其他',
}
const SEX_ZH = { male: '男', female: '女' }
const RESIDENCE_ZH = { registered: '户籍', temporary: '暂住', floating: '流动' }

const COLUMNS = [
  ['姓名', 12],
  ['证件类型', 14],
  ['证件号码', 22],
  ['手机号', 14],
  ['性别', 6],
  ['出生日期', 12],
  ['所属区划', 16],
  ['住址', 16],
  ['户籍类型', 10],
  ['工作单位', 20],
  ['重点人员', 8],
] as const

function cells(p: PersonRow, unmask: boolean): string[] {
  return [
    p.name,
    DOC_TYPE_ZH[p.doc_type] ?? p.doc_type,
    unmask ? decryptField(p.doc_enc) : p.doc_masked,
    (unmask && p.phone_enc ? decryptField(p.phone_enc) : p.phone_masked) ?? '',
    p.sex ? SEX_ZH[p.sex] : '',
    (unmask ? p.birth_date : maskBirthDate(p.birth_date)) ?? '',
    p.region_name,
    p.household_address ?? '',
    RESIDENCE_ZH[p.residence_type] ?? p.residence_type,
    p.workplace ?? '',
    p.key_person ? '是' : '',
  ].map(escapeCell)
}

/** Checks the right to export (and to unmask), counts the rows and writes the audit entry. */
export async function authorizeExport(db: Db, actor: Actor, input: ExportInput) {
  const unmask = input.unmask === true
  if (unmask && !can(actor.role, 'person:unmask')) throw new AppError(CommonErrors.FORBIDDEN)
  const reason = input.reason?.trim()
  if (unmask && (!reason || reason.length < 2))
    throw new AppError(ExportErrors.EXPORT_REASON_REQUIRED, { field: 'reason' })
  const filter = await peopleFilter(db, actor, input)
  const { total } = await searchPeople(db, { ...filter, offset: 0, limit: 1 })
  if (total > EXPORT_MAX_ROWS) throw new AppError(ExportErrors.EXPORT_TOO_LARGE, { max: EXPORT_MAX_ROWS })
  await recordAudit(db, actor, {
    action: unmask ? 'person.export_unmasked' : 'person.export',
    entity: 'region',
    entityId: input.regionId ?? actor.scopeRegionId,
    // which filters were used, never their values (a document number is personal data)
    detail: { rows: total, unmasked: unmask, ...(unmask && { reason }), filters: filterNames(input) },
  })
  return { filter, unmask, total }
}

const filterNames = (input: ExportInput) =>
  (['document', 'phone', 'name', 'regionId', 'residenceType', 'keyPerson', 'householdId'] as const).filter(
    (k) => input[k] !== undefined,
  )

/** Streams the workbook into `out`, one page of people at a time. */
export async function writePeopleWorkbook(db: Db, filter: PeopleFilter, unmask: boolean, out: Writable) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: false,
    useSharedStrings: false,
  })
  const sheet = wb.addWorksheet('人员')
  sheet.columns = COLUMNS.map(([header, width]) => ({ header, width }))
  let after: { name: string; id: string } | undefined
  for (;;) {
    const page = await searchPeopleAfter(db, filter, after, PAGE)
    for (const p of page) sheet.addRow(cells(p, unmask)).commit()
    if (page.length < PAGE) break
    after = { name: page[page.length - 1].name, id: page[page.length - 1].id }
  }
  sheet.commit()
  await wb.commit()
}
