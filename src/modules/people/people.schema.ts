import { Type, type Static } from 'typebox'
import { MAX_PAGE, Multiline, Nullable, OneOf, Text } from '../../core/schemas.js'

export const DocTypeSchema = OneOf(['id_card', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other'])
export const ResidenceTypeSchema = OneOf(['registered', 'temporary', 'floating'])
export const SexSchema = OneOf(['male', 'female'])

export const PersonSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  docType: Type.String(),
  document: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  sex: Type.Union([Type.String(), Type.Null()]),
  /** masked to the year ('1990-**-**'): beside the masked document, a full date gives it away */
  birthDate: Type.Union([Type.String(), Type.Null()]),
  regionId: Type.String(),
  regionName: Type.String(),
  householdId: Type.Union([Type.String(), Type.Null()]),
  address: Type.Union([Type.String(), Type.Null()]),
  residenceType: Type.String(),
  workplace: Type.Union([Type.String(), Type.Null()]),
  keyPerson: Type.Boolean(),
  updatedAt: Type.String(),
})

export const PersonBody = Type.Object(
  {
    name: Text(50),
    docType: DocTypeSchema,
    docNumber: Type.String({ minLength: 1, maxLength: 32 }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    sex: Type.Optional(Nullable(SexSchema)),
    birthDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    regionId: Type.String({ minLength: 1 }),
    /** room or address text inside the region; creates the household when new */
    address: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
    residenceType: ResidenceTypeSchema,
    workplace: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
  },
  { additionalProperties: false },
)
export type PersonInput = Static<typeof PersonBody>

/** Browsing filters: nothing here can confirm a guessed document number or phone. */
export const PeopleQuerySchema = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 50 })),
    regionId: Type.Optional(Type.String({ maxLength: 64 })),
    residenceType: Type.Optional(ResidenceTypeSchema),
    keyPerson: Type.Optional(Type.Boolean()),
    householdId: Type.Optional(Type.String({ maxLength: 64 })),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
    /** the page after this cursor (a page's `next`), as deep as the list goes; `page` is then not used */
    after: Type.Optional(Type.String({ maxLength: 1000, pattern: '^[A-Za-z0-9_-]+$' })),
  },
  { additionalProperties: false },
)
export type PeopleQuery = Static<typeof PeopleQuerySchema>

/** A search by document number or phone: in a POST body (never in a URL or an access log). */
export const PeopleSearchBody = Type.Object(
  {
    ...PeopleQuerySchema.properties,
    page: Type.Optional(Type.Integer({ minimum: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
    document: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    phone: Type.Optional(Type.String({ minLength: 1, maxLength: 20 })),
  },
  { additionalProperties: false },
)
export type PeopleSearch = Static<typeof PeopleSearchBody>

export const PeopleExportBody = Type.Object(
  {
    document: Type.Optional(Type.String({ maxLength: 32 })),
    phone: Type.Optional(Type.String({ maxLength: 20 })),
    name: Type.Optional(Type.String({ maxLength: 50 })),
    regionId: Type.Optional(Type.String({ maxLength: 64 })),
    residenceType: Type.Optional(ResidenceTypeSchema),
    keyPerson: Type.Optional(Type.Boolean()),
    householdId: Type.Optional(Type.String({ maxLength: 64 })),
    /** full document numbers and phones: needs person:unmask and a reason */
    unmask: Type.Optional(Type.Boolean()),
    reason: Type.Optional(Multiline(200)),
  },
  { additionalProperties: false },
)
export type ExportInput = Static<typeof PeopleExportBody>
