import { Type, type Static } from 'typebox'
import { Id, MAX_PAGE, Multiline, Nullable, OneOf, Text } from '../../core/schemas.js'

// one of the given strings: a union of literals in the schema, the union of the strings in TypeScript

export const CareKindSchema = OneOf(['shopping', 'printing', 'medicine', 'other'])
export const CareStatusSchema = OneOf(['open', 'assigned', 'done', 'cancelled'])

/** what may be attached to a request (study materials to print) */
export const FILE_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/plain',
] as const

export const UploadedFile = Type.Object(
  {
    name: Text(200),
    contentType: OneOf(FILE_TYPES),
    /** the file's bytes in base64: 10 MB of bytes is about 13.4 MB of base64 */
    data: Type.String({ minLength: 1, maxLength: 14_000_000 }),
  },
  { additionalProperties: false },
)
export type UploadedFile = Static<typeof UploadedFile>

export const CareRequestBody = Type.Object(
  {
    householdId: Id,
    kind: CareKindSchema,
    /** the shopping list, or what is needed */
    items: Type.Optional(Multiline(2000)),
    note: Type.Optional(Type.String({ maxLength: 200 })),
    file: Type.Optional(UploadedFile),
  },
  { additionalProperties: false },
)
export type CareRequestInput = Static<typeof CareRequestBody>

export const CareRequestSchema = Type.Object({
  id: Type.String(),
  householdId: Type.String(),
  address: Type.String(),
  regionName: Type.String(),
  kind: Type.String(),
  items: Nullable(Type.String()),
  file: Nullable(Type.Object({ name: Type.String(), type: Type.String(), size: Type.Integer() })),
  status: Type.String(),
  assignee: Nullable(Type.Object({ id: Type.String(), name: Type.String() })),
  via: Type.String(),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
})

export const CareDetailSchema = Type.Object({
  ...CareRequestSchema.properties,
  fulfilments: Type.Array(
    Type.Object({ delivered: Type.String(), doneBy: Nullable(Type.String()), doneAt: Type.String() }),
  ),
})

export const CareQuerySchema = Type.Object(
  {
    regionId: Type.Optional(Id),
    status: Type.Optional(CareStatusSchema),
    kind: Type.Optional(CareKindSchema),
    /** only those assigned to me: the volunteer's list */
    mine: Type.Optional(Type.Boolean()),
    householdId: Type.Optional(Id),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)
export type CareQueryInput = Static<typeof CareQuerySchema>

export const CareCountsSchema = Type.Object({
  asOf: Type.String(),
  households: Type.Integer(),
  times: Type.Integer(),
  timesToday: Type.Integer(),
  byKind: Type.Record(Type.String(), Type.Integer()),
})
