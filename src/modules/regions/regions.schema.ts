import { Type, type Static } from 'typebox'
import { OneOf, Text } from '../../core/schemas.js'

export const RegionTypeSchema = OneOf([
  'district',
  'street',
  'town',
  'community',
  'village',
  'compound',
  'natural_village',
  'building',
])

const Code = Type.Union([Type.String({ maxLength: 32, pattern: '^[0-9A-Za-z]*$' }), Type.Null()])

export const RegionSchema = Type.Object({
  id: Type.String(),
  parent_id: Type.Union([Type.String(), Type.Null()]),
  path: Type.String(),
  depth: Type.Integer(),
  type: Type.String(),
  name: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  created_at: Type.String(),
  updated_at: Type.String(),
  childCount: Type.Optional(Type.Integer()),
})

export const CreateRegionBody = Type.Object(
  {
    parentId: Type.String({ minLength: 1 }),
    name: Text(100),
    type: RegionTypeSchema,
    code: Type.Optional(Code),
  },
  { additionalProperties: false },
)
export type NewRegion = Static<typeof CreateRegionBody>

export const UpdateRegionBody = Type.Object(
  {
    name: Type.Optional(Text(100)),
    code: Type.Optional(Code),
    parentId: Type.Optional(Type.String({ minLength: 1 })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type RegionChanges = Static<typeof UpdateRegionBody>

export const RegionSearchQuery = Type.Object(
  { q: Type.String({ minLength: 1, maxLength: 50 }) },
  { additionalProperties: false },
)
