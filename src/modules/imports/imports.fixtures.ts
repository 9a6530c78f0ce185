// Records of the imports module for tests.
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import { nowIso } from '../../db/db.js'
import { insertImportJob } from './imports.queries.js'

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  import: async (db, regionId) => {
    const id = randomUUID()
    await insertImportJob(db, {
      id,
      region_id: regionId,
      kind: 'people',
      file_name: 'sample.csv',
      status: 'done',
      rows_read: 0,
      imported: 0,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      progress: 1000,
      regions_created: 0,
      unknown_columns: '[]',
      errors_file: 'sample.errors.xlsx',
      error_code: null,
      created_by: null,
      created_at: nowIso(),
      finished_at: nowIso(),
    })
    return id
  },
}
