import type { Kysely, Migration } from 'kysely'
import { timestampType } from '../../db/columns.js'

export const importsMigrations: Record<string, Migration> = {
  '2026-11-29-30-import-jobs': {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const ts = timestampType(db)
      await db.schema
        .createTable('import_job')
        .addColumn('id', 'text', (c) => c.primaryKey())
        // the region names were looked up under: the job is visible to whoever sees it
        .addColumn('region_id', 'text', (c) => c.notNull().references('region.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull()) // running | done | failed
        .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('imported', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0)) // per mille of the file read
        .addColumn('regions_created', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('unknown_columns', 'text') // JSON array of header texts
        .addColumn('errors_file', 'text') // name inside the data directory's imports folder
        .addColumn('error_code', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', ts, (c) => c.notNull())
        .addColumn('finished_at', ts)
        .execute()
      await db.schema
        .createIndex('import_job_region')
        .on('import_job')
        .columns(['region_id', 'created_at'])
        .execute()
    },
  },
}
