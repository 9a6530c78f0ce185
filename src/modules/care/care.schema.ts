import { Type, type TSchema } from 'typebox'
import { Id, Text } from '../../core/schemas.js'
import { FILE_TYPES } from './care.files.js'

const lit = <T extends string>(values: readonly T[]) =>
  Type.Union(values.map((v) => Type.Literal(v))) as unknown as ReturnType<typeof Type.String>
const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])

export const CareKindSchema = lit(['shopping', 'printing', 'medicine', 'other'])
export const CareStatusSchema = lit(['open', 'assigned', 'done', 'cancelled'])

export const CareRequestBody = Type.Object(
  {
    householdId: Id,
    kind: CareKindSchema,
    items: Type.Optional(Type.String({ maxLength: 2000 })),
    note: Type.Optional(Type.String({ maxLength: 200 })),
    file: Type.Optional(
      Type.Object(
        {
          name: Text(200),
          contentType: lit(FILE_TYPES),
          // 10 MB of bytes is about 13.4 MB of base64
          data: Type.String({ minLength: 1, maxLength: 14_000_000 }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
)

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
    mine: Type.Optional(Type.Boolean()),
    householdId: Type.Optional(Id),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)

export const CareCountsSchema = Type.Object({
  asOf: Type.String(),
  households: Type.Integer(),
  times: Type.Integer(),
  timesToday: Type.Integer(),
  byKind: Type.Record(Type.String(), Type.Integer()),
})
