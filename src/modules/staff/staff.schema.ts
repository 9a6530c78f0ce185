// Request and response schemas of the staff routes; the services take the requests' types.
import { Type, type Static } from 'typebox'
import { Id, MAX_PAGE, Nullable, OneOf, Text } from '../../core/schemas.js'
import { STAFF_KINDS } from './staff.queries.js'

const Kind = OneOf(STAFF_KINDS)

export const StaffBody = Type.Object(
  {
    regionId: Type.String({ minLength: 1 }),
    kind: Kind,
    name: Text(50),
    unit: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    userId: Type.Optional(Nullable(Id)),
    joinedOn: Type.String({ format: 'date' }),
  },
  { additionalProperties: false },
)
export type StaffMemberInput = Static<typeof StaffBody>

export const TeamBody = Type.Object(
  {
    regionId: Type.String({ minLength: 1 }),
    name: Text(50),
    memberIds: Type.Array(Type.String(), { maxItems: 500 }),
    areaIds: Type.Array(Type.String(), { maxItems: 500 }),
    householdIds: Type.Optional(Type.Array(Type.String(), { maxItems: 2000 })),
  },
  { additionalProperties: false },
)
export type TeamInput = Static<typeof TeamBody>

export const StaffChangesBody = Type.Object(
  {
    regionId: Type.Optional(Type.String({ minLength: 1 })),
    kind: Type.Optional(Kind),
    name: Type.Optional(Text(50)),
    unit: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    userId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type StaffChanges = Static<typeof StaffChangesBody>

export const TeamChangesBody = Type.Object(
  {
    name: Type.Optional(Text(50)),
    memberIds: Type.Optional(Type.Array(Type.String(), { maxItems: 500 })),
    areaIds: Type.Optional(Type.Array(Type.String(), { maxItems: 500 })),
    householdIds: Type.Optional(Type.Array(Type.String(), { maxItems: 2000 })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type TeamChanges = Static<typeof TeamChangesBody>

const NullableText = Type.Union([Type.String(), Type.Null()])

export const StaffSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  unit: NullableText,
  phone: NullableText,
  regionId: Type.String(),
  regionName: Type.String(),
  userId: NullableText,
  joinedOn: Type.String(),
})

export const TeamRowSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  region_id: Type.String(),
  region_name: Type.String(),
  members: Type.Integer(),
  areas: Type.Integer(),
  households: Type.Integer(),
})

export const ListQuery = Type.Object(
  {
    kind: Type.Optional(Kind),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)
export type StaffQuery = Static<typeof ListQuery>
