// 表头映射: roster column headers (Chinese or English, as community staff type them) to the
// fields of a person, and the cell values (性别 男/女, 证件类型, 户籍类型 …) to our codes.
import type { DocumentType, ResidenceType, Sex } from '../people.queries.js'

export const IMPORT_FIELDS = [
  'name',
  'docType',
  'docNumber',
  'phone',
  'sex',
  'birthDate',
  'street',
  'community',
  'compound',
  'building',
  'room',
  'residenceType',
  'workplace',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

/** Chinese names of the fields, for error reports and the mapping preview. */
export const FIELD_ZH: Record<ImportField, string> = {
  name: '姓名',
  docType: '证件类型',
  docNumber: '证件号码',
  phone: '手机号',
  sex: '性别',
  birthDate: '出生日期',
  street: '街道/乡镇',
  community: '社区/村',
  compound: '小区',
  building: '楼栋',
  room: '房号',
  residenceType: '户籍类型',
  workplace: '工作单位',
}

const ALIASES: Record<ImportField, string[]> = {
  name: ['姓名', '名字', '人员姓名', '居民姓名', 'name', 'fullname'],
  docType: ['证件类型', '证件种类', 'doctype', 'documenttype', 'idtype'],
  docNumber: [
    '身份证号',
    '身份证号码',
    '身份证',
    '证件号码',
    '证件号',
    '公民身份号码',
    '身份证件号码',
    'idnumber',
    'idcard',
    'docnumber',
    'documentnumber',
  ],
  phone: ['手机号', '手机号码', '手机', '联系电话', '电话', '电话号码', '联系方式', 'phone', 'mobile', 'tel'],
  sex: ['性别', 'sex', 'gender'],
  birthDate: ['出生日期', '出生年月', '生日', 'birthdate', 'birthday', 'dateofbirth', 'dob'],
  street: ['街道', '乡镇', '街道/乡镇', '街道乡镇', '镇街', '所属街道', 'street', 'town'],
  community: [
    '社区',
    '村',
    '社区/村',
    '村/社区',
    '社区村',
    '村社区',
    '村居',
    '所属社区',
    'community',
    'village',
  ],
  compound: ['小区', '小区名称', '自然村', '小区/自然村', '居住小区', 'compound', 'estate'],
  building: ['楼栋', '楼号', '栋', '幢', '楼栋号', 'building'],
  room: ['房号', '房间号', '门牌号', '室', '户号', '详细地址', '住址', 'room', 'address'],
  residenceType: ['户籍类型', '人员类型', '居住类型', '人口类型', '户口类型', 'residencetype', 'residence'],
  workplace: ['工作单位', '单位', '工作单位名称', '就业单位', 'workplace', 'employer', 'company'],
}

/** Spaces, required-field stars and bracketed notes ("身份证号（必填）") do not matter. */
export const normalizeHeader = (h: string) =>
  h
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[\s*＊:：_-]/g, '')
    .replace(/[／]/g, '/')
    .toLowerCase()

const BY_ALIAS = new Map<string, ImportField>()
for (const field of IMPORT_FIELDS) for (const a of ALIASES[field]) BY_ALIAS.set(normalizeHeader(a), field)

export interface HeaderMapping {
  /** column index → field */
  columns: (ImportField | null)[]
  /** the header text of each column, as written in the file */
  headers: string[]
  unknown: string[]
  missing: ImportField[]
}

export const REQUIRED_FIELDS: ImportField[] = ['name', 'docNumber']

/** Maps a header row; the first column naming a field wins, later ones are reported as unknown. */
export function mapHeaders(headerRow: string[]): HeaderMapping {
  const seen = new Set<ImportField>()
  const unknown: string[] = []
  const columns = headerRow.map((h) => {
    const field = BY_ALIAS.get(normalizeHeader(h))
    if (!field || seen.has(field)) {
      if (h.trim()) unknown.push(h.trim())
      return null
    }
    seen.add(field)
    return field
  })
  return {
    columns,
    headers: headerRow.map((h) => h.trim()),
    unknown,
    missing: REQUIRED_FIELDS.filter((f) => !seen.has(f)),
  }
}

const DOC_TYPES: [RegExp, DocumentType][] = [
  [/^(居民)?身份证|^id(card|_card)?$|^resident/i, 'id_card'],
  [/护照|^passport$/i, 'passport'],
  [/港澳|回乡证|^hk/i, 'hk_macau_permit'],
  [/台湾|台胞|^taiwan/i, 'taiwan_permit'],
  [/其他|其它|^other$/i, 'other'],
]

export function parseDocType(v: string): DocumentType | undefined {
  if (!v) return 'id_card'
  return DOC_TYPES.find(([re]) => re.test(v))?.[1]
}

export function parseSex(v: string): Sex | null | undefined {
  if (!v) return null
  if (/^(男|m|male|1)$/i.test(v)) return 'male'
  if (/^(女|f|female|2)$/i.test(v)) return 'female'
  return undefined
}

export function parseResidenceType(v: string): ResidenceType | null | undefined {
  if (!v) return null
  if (/户籍|常住|本地|^registered$/i.test(v)) return 'registered'
  if (/暂住|寄住|^temporary$/i.test(v)) return 'temporary'
  if (/流动|外来|^floating$/i.test(v)) return 'floating'
  return undefined
}

/** 1985-03-12, 1985/3/12, 1985.3.12, 19850312, 1985年3月12日 → 1985-03-12. */
export function parseDate(v: string): string | null | undefined {
  if (!v) return null
  const m = /^(\d{4})[-/.年]?(\d{1,2})[-/.月]?(\d{1,2})日?$/.exec(v.replace(/\s+/g, ''))
  if (!m) return undefined
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) return undefined
  return date.toISOString().slice(0, 10)
}
