// 导入导出: roster uploads run as jobs with progress; the engine is the people module's.
import { randomUUID } from 'node:crypto'
import type { LianfangModule } from '../module.js'
import { nowIso } from '../../db/db.js'
import { importsCli } from './imports.cli.js'
import { importsMigrations } from './imports.migrations.js'
import { insertImportJob } from './imports.queries.js'
import { importsRoutes } from './imports.routes.js'

export const importsModule: LianfangModule = {
  name: 'imports',
  migrations: importsMigrations,
  routes: importsRoutes,
  cli: importsCli,
  samples: {
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
  },
}
