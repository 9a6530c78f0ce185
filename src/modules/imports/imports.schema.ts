import { Type, type Static } from 'typebox'
import { Nullable } from '../../core/schemas.js'

export const UploadQuery = Type.Object(
  {
    fileName: Type.String({ minLength: 1, maxLength: 200 }),
    encoding: Type.Optional(Type.Union([Type.Literal('utf8'), Type.Literal('gbk'), Type.Literal('gb18030')])),
    createRegions: Type.Optional(Type.Boolean()),
    underId: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
  },
  { additionalProperties: false },
)
export type UploadOptions = Static<typeof UploadQuery>

export const ImportJobSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  fileName: Type.String(),
  status: Type.String(),
  progress: Type.Number(),
  rowsRead: Type.Integer(),
  imported: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  rejected: Type.Integer(),
  regionsCreated: Type.Integer(),
  unknownColumns: Type.Array(Type.String()),
  hasErrorReport: Type.Boolean(),
  errorCode: Nullable(Type.String()),
  createdAt: Type.String(),
  finishedAt: Nullable(Type.String()),
})

export const ImportPreviewSchema = Type.Object({
  format: Type.String(),
  encoding: Nullable(Type.String()),
  headerRow: Type.Integer(),
  columns: Type.Array(
    Type.Object({
      header: Type.String(),
      field: Nullable(Type.String()),
      fieldName: Nullable(Type.String()),
    }),
  ),
  unknownColumns: Type.Array(Type.String()),
  missingColumns: Type.Array(Type.String()),
  rows: Type.Array(Type.Record(Type.String(), Type.Union([Type.String(), Type.Integer()]))),
})
