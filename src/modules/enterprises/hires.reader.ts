// An uploaded hire list: 姓名, 证件类型 (optional, default resident ID), 证件号码, 手机号码.
import { AppError, defineErrors } from '../../core/errors.js'
import { UPLOAD_LIMITS } from '../../core/uploads.js'
import type { DocumentType } from '../people/index.js'
import { readTable } from '../campaigns/index.js'
import type { HireInput } from './enterprises.schema.js'

export const HireListErrors = defineErrors({
  HIRE_LIST_COLUMNS: {
    status: 400,
    zh: '员工名单需要“姓名”和“证件号码”两列',
    en: 'The hire list needs a name column and a document number column',
  },
})

const DOC_TYPES: Record<string, DocumentType> = {
  身份证: 'id_card',
  居民身份证: 'id_card',
  护照: 'passport',
  港澳通行证: 'hk_macau_permit',
  台胞证: 'taiwan_permit',
}

export async function readHireList(buf: Buffer): Promise<{ rowNo: number; input: HireInput }[]> {
  const [head, ...body] = await readTable(buf, UPLOAD_LIMITS.hires)
  const header = head?.cells ?? []
  const find = (re: RegExp) => header.findIndex((h) => re.test(h))
  const col = {
    name: find(/姓名|name/i),
    docType: find(/证件类型|doc.?type/i),
    doc: find(/证件号|身份证号|号码|doc/i),
    phone: find(/手机|电话|phone/i),
  }
  if (col.name < 0 || col.doc < 0 || col.doc === col.phone)
    throw new AppError(HireListErrors.HIRE_LIST_COLUMNS, { field: 'file' })
  const at = (row: string[], i: number) => (i >= 0 ? String(row[i] ?? '').trim() : '')
  return body
    .map(({ rowNo, cells: row }) => ({
      rowNo,
      input: {
        name: at(row, col.name),
        docType: DOC_TYPES[at(row, col.docType)] ?? 'id_card',
        docNumber: at(row, col.doc),
        phone: at(row, col.phone) || null,
      },
    }))
    .filter((r) => r.input.name || r.input.docNumber)
}
