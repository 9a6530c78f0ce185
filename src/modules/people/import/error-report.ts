// 错误报告: the rows that were not imported, as an .xlsx the user downloads and works
// through (row number, column, reason in Chinese). Written as a stream while the import
// runs, so a file with many bad rows does not grow memory; created only on the first error.
import ExcelJS from 'exceljs'
import { errorMessage } from '../../../core/errors.js'
import type { RowError } from './validate.js'

export interface ErrorReport {
  add(e: RowError): void
  /** finishes the file; the path when there was at least one error, else null */
  close(): Promise<string | null>
}

export function errorReport(file: string): ErrorReport {
  let writer: ExcelJS.stream.xlsx.WorkbookWriter | undefined
  let sheet: ExcelJS.Worksheet | undefined
  return {
    add(e) {
      if (!writer) {
        writer = new ExcelJS.stream.xlsx.WorkbookWriter({
          filename: file,
          useStyles: false,
          useSharedStrings: false,
        })
        sheet = writer.addWorksheet('导入错误')
        sheet.columns = [
          { header: '行号', width: 8 },
          { header: '列', width: 14 },
          { header: '原因', width: 60 },
        ]
      }
      sheet!.addRow([e.rowNo, e.column, errorMessage(e.code, 'zh', e.details)]).commit()
    },
    async close() {
      if (!writer) return null
      sheet!.commit()
      await writer.commit()
      return file
    },
  }
}
