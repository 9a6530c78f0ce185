// 逐行校验: one roster row → a person ready to write, or the reasons it cannot be. The
// rules are the registry's own (normalizeDocument, normalizeMobile): one set of rules for
// the form, the API and the import.
import { blindIndex } from '../../../crypto/pii.js'
import { AppError, defineErrors } from '../../../core/errors.js'
import { normalizeMobile } from '../../../shared/identity.js'
import type { DocumentType, ResidenceType, Sex } from '../people.queries.js'
import { normalizeDocument } from '../people.service.js'
import {
  parseDate,
  parseDocType,
  parseResidenceType,
  parseSex,
  type HeaderMapping,
  type ImportField,
} from './fields.js'
import type { PlaceNames } from './places.js'

export const ImportErrors = defineErrors({
  IMPORT_EMPTY_FILE: { status: 400, zh: '文件为空，没有表头和数据', en: 'The file is empty' },
  IMPORT_UNREADABLE: {
    status: 400,
    zh: '无法读取文件（应为 .xlsx 或 CSV）',
    en: 'Cannot read the file (expected .xlsx or CSV)',
  },
  IMPORT_MISSING_COLUMNS: {
    status: 400,
    zh: '缺少必需的列：{columns}',
    en: 'Required columns are missing: {columns}',
  },
  IMPORT_REQUIRED: { status: 400, zh: '{column}不能为空', en: '{column} is required' },
  IMPORT_BAD_VALUE: {
    status: 400,
    zh: '{column}“{value}”无法识别',
    en: '{column}: unrecognised value "{value}"',
  },
  IMPORT_BIRTH_DATE_MISMATCH: {
    status: 400,
    zh: '出生日期与身份证号码不符',
    en: 'The birth date does not match the resident ID number',
  },
  IMPORT_PLACE_NOT_FOUND: {
    status: 400,
    zh: '在导入范围内找不到{level}“{name}”',
    en: 'No {level} named "{name}" within the import area',
  },
})

export interface RowError {
  rowNo: number
  /** the file's own header text of the offending column, or the field's Chinese name */
  column: string
  code: string
  details: Record<string, unknown>
}

export interface CheckedRow {
  rowNo: number
  name: string
  docType: DocumentType
  doc: string
  docBidx: string
  phone: string | null
  sex: Sex | null
  birthDate: string | null
  residenceType: ResidenceType | null
  workplace: string | null
  places: PlaceNames
}

export type Cells = Partial<Record<ImportField, string>>

/** Picks the mapped cells of a row; short rows simply lack their last cells. */
export function cellsOf(mapping: HeaderMapping, cells: string[]): Cells {
  const out: Cells = {}
  mapping.columns.forEach((field, i) => {
    if (field && cells[i]) out[field] = cells[i]
  })
  return out
}

/** All problems of a row at once, so that one round of corrections fixes it. */
export function checkRow(rowNo: number, c: Cells, columnName: (f: ImportField) => string) {
  const errors: RowError[] = []
  const fail = (field: ImportField, code: string, details: Record<string, unknown> = {}) =>
    errors.push({
      rowNo,
      column: columnName(field),
      code,
      details: { column: columnName(field), ...details },
    })

  const name = (c.name ?? '').trim()
  if (!name) fail('name', 'IMPORT_REQUIRED')
  const docType = parseDocType(c.docType ?? '')
  if (!docType) fail('docType', 'IMPORT_BAD_VALUE', { value: c.docType })
  let doc: ReturnType<typeof normalizeDocument> | undefined
  if (!c.docNumber) fail('docNumber', 'IMPORT_REQUIRED')
  else if (docType)
    try {
      doc = normalizeDocument(docType, c.docNumber)
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      fail('docNumber', e.code, e.details)
    }
  const phone = c.phone ? normalizeMobile(c.phone) : null
  if (c.phone && !phone) fail('phone', 'BAD_PHONE')
  const sex = parseSex(c.sex ?? '')
  if (sex === undefined) fail('sex', 'IMPORT_BAD_VALUE', { value: c.sex })
  const birthDate = parseDate(c.birthDate ?? '')
  if (birthDate === undefined) fail('birthDate', 'IMPORT_BAD_VALUE', { value: c.birthDate })
  else if (birthDate && doc?.birthDate && birthDate !== doc.birthDate)
    fail('birthDate', 'IMPORT_BIRTH_DATE_MISMATCH')
  const residenceType = parseResidenceType(c.residenceType ?? '')
  if (residenceType === undefined) fail('residenceType', 'IMPORT_BAD_VALUE', { value: c.residenceType })
  if (errors.length || !doc || !docType) return { errors }

  const row: CheckedRow = {
    rowNo,
    name: name.slice(0, 50),
    docType,
    doc: doc.doc,
    docBidx: blindIndex('doc', doc.doc),
    phone,
    sex: sex ?? doc.sex,
    birthDate: birthDate ?? doc.birthDate,
    residenceType: residenceType ?? null,
    workplace: c.workplace?.slice(0, 100) || null,
    places: {
      street: c.street ?? '',
      community: c.community ?? '',
      compound: c.compound ?? '',
      building: c.building ?? '',
      room: c.room ?? '',
    },
  }
  return { row, errors }
}
