// 导入预览: how the columns of a file map to fields, and its first rows as they will be read,
// before anything is written. Documents and phones are shown masked, as everywhere.
import { AppError } from '../../../core/errors.js'
import { maskDocument, maskPhone } from '../../../shared/identity.js'
import { FIELD_ZH, mapHeaders, type ImportField } from './fields.js'
import type { Encoding } from './reader.js'
import { openTable } from './table.js'
import { cellsOf, ImportErrors } from './validate.js'

const PREVIEW_ROWS = 5

// an upload's limits (UPLOAD_*) keep their own code; anything else: the file cannot be read
const unreadable = (e: unknown) => (e instanceof AppError ? e : new AppError(ImportErrors.IMPORT_UNREADABLE))

export async function previewPeopleFile(file: string, encoding?: Encoding) {
  let source
  try {
    source = await openTable(file, encoding)
  } catch (e) {
    throw unreadable(e)
  }
  const rows: { rowNo: number; cells: string[] }[] = []
  try {
    for await (const row of source.rows) {
      rows.push(row)
      // up to 5 title rows may stand above the header
      if (rows.length >= PREVIEW_ROWS * 2) break
    }
  } catch (e) {
    throw unreadable(e)
  }
  if (rows.length === 0) throw new AppError(ImportErrors.IMPORT_EMPTY_FILE)
  const at = Math.max(
    0,
    rows.findIndex((r) => mapHeaders(r.cells).missing.length === 0),
  )
  const mapping = mapHeaders(rows[at].cells)
  return {
    format: source.format,
    encoding: source.encoding,
    headerRow: rows[at].rowNo,
    columns: mapping.headers.map((header, i) => ({
      header,
      field: mapping.columns[i],
      fieldName: mapping.columns[i] ? FIELD_ZH[mapping.columns[i] as ImportField] : null,
    })),
    unknownColumns: mapping.unknown,
    missingColumns: mapping.missing.map((f) => FIELD_ZH[f]),
    rows: rows.slice(at + 1, at + 1 + PREVIEW_ROWS).map((r) => {
      const c = cellsOf(mapping, r.cells)
      if (c.docNumber) c.docNumber = maskDocument(c.docNumber)
      if (c.phone) c.phone = maskPhone(c.phone)
      // the year only beside a masked number (any date format: digits after the year hidden)
      if (c.birthDate) c.birthDate = c.birthDate.slice(0, 4) + c.birthDate.slice(4).replace(/\d/g, '*')
      return { rowNo: r.rowNo, ...c }
    }),
  }
}
