import type { Updateable } from 'kysely'
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

export interface ImportJobTable {
  id: string
  region_id: string
  kind: 'people'
  file_name: string
  status: 'running' | 'done' | 'failed'
  rows_read: number
  imported: number
  updated: number
  unchanged: number
  rejected: number
  progress: number
  regions_created: number
  unknown_columns: string | null
  errors_file: string | null
  error_code: string | null
  created_by: string | null
  created_at: string
  finished_at: string | null
}

declare module '../../db/db.js' {
  interface Tables {
    import_job: ImportJobTable
  }
}

export type ImportJobRow = ImportJobTable & { region_path: string }

export const insertImportJob = (db: Db, row: ImportJobTable) =>
  db.insertInto('import_job').values(row).execute()

export const updateImportJob = (db: Db, id: string, fields: Updateable<ImportJobTable>) =>
  db.updateTable('import_job').set(fields).where('id', '=', id).execute()

export const findImportJob = (db: Db, id: string): Promise<ImportJobRow | undefined> =>
  db
    .selectFrom('import_job as j')
    .innerJoin('region as r', 'r.id', 'j.region_id')
    .selectAll('j')
    .select('r.path as region_path')
    .where('j.id', '=', id)
    .executeTakeFirst()

export const listImportJobs = (db: Db, withinPath: string, limit: number) =>
  db
    .selectFrom('import_job as j')
    .innerJoin('region as r', 'r.id', 'j.region_id')
    .selectAll('j')
    .select('r.path as region_path')
    .where(withinSubtree('r.path', withinPath))
    .orderBy('j.created_at', 'desc')
    .limit(limit)
    .execute()
