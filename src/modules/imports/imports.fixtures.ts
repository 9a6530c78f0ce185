// Records of the imports module for tests.
import type { SampleRequests, Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { nowIso } from '../../db/db.js'
import { makeResidentId } from '../people/people.fixtures.js'
import { insertImportJob } from './imports.queries.js'
import { importsDir } from './imports.service.js'

export { importsSettled } from './imports.service.js'

/** An error report as an import leaves it: one rejected row and why. */
async function errorReport() {
  const wb = new ExcelJS.Workbook()
  wb.addWorksheet('错误').addRows([
    ['行号', '姓名', '原因'],
    [2, '样例', '身份证号校验位不对'],
  ])
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** A one-row roster as a community uploads it (CSV in UTF-8). */
const roster = () =>
  ({
    contentType: 'text/csv',
    payload: Buffer.from(`姓名,身份证号\n样例,${makeResidentId()}\n`),
  }) as const

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  /** a finished import with one rejected row: its report is in the data folder */
  import: async (db, regionId, ctx) => {
    const id = randomUUID()
    const errorsFile = `${id}.errors.xlsx`
    await mkdir(importsDir(ctx.dataDir), { recursive: true, mode: 0o700 })
    await writeFile(path.join(importsDir(ctx.dataDir), errorsFile), await errorReport())
    await insertImportJob(db, {
      id,
      region_id: regionId,
      kind: 'people',
      file_name: 'sample.csv',
      status: 'done',
      rows_read: 1,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      progress: 1000,
      regions_created: 0,
      unknown_columns: '[]',
      errors_file: errorsFile,
      error_code: null,
      created_by: null,
      created_at: nowIso(),
      finished_at: nowIso(),
    })
    return id
  },
}

/** the uploads take the file as the request body itself, in a file type */
export const sampleRequests: SampleRequests = {
  'POST /api/v1/imports/people': () => ({ file: roster() }),
  'POST /api/v1/imports/people/preview': () => ({ file: roster() }),
}
