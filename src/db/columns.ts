// Portable column types for migrations. SQLite keeps timestamps as ISO text; PostgreSQL
// uses timestamptz, read back as ISO text by the driver settings in db.ts.
import { sql, type ColumnDataType, type Expression, type Kysely } from 'kysely'
import { dialectOf } from './db.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>

export const timestampType = (db: AnyDb): ColumnDataType =>
  dialectOf(db) === 'postgres' ? 'timestamptz' : 'text'

/** Text compared byte by byte, so that materialised-path ranges work in PostgreSQL too. */
export const byteTextType = (db: AnyDb): ColumnDataType | Expression<unknown> =>
  dialectOf(db) === 'postgres' ? sql`text collate "C"` : 'text'

export const floatType = (db: AnyDb): ColumnDataType =>
  dialectOf(db) === 'postgres' ? 'double precision' : 'real'
