import { Type, type Static } from 'typebox'
import { Id, Nullable, OneOf, Text } from '../../core/schemas.js'
import { SYMPTOMS } from '../declarations/index.js'
import { DocTypeSchema } from '../people/index.js'

export const EnterpriseSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  address: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  liaisonId: Type.Union([Type.String(), Type.Null()]),
})

export const EnterpriseBody = Type.Object(
  { name: Text(100), address: Text(200), regionId: Id, liaisonId: Type.Optional(Nullable(Id)) },
  { additionalProperties: false },
)
export type EnterpriseInput = Static<typeof EnterpriseBody>

export const UpdateEnterpriseBody = Type.Object(
  {
    name: Type.Optional(Text(100)),
    address: Type.Optional(Text(200)),
    regionId: Type.Optional(Id),
    liaisonId: Type.Optional(Nullable(Id)),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type UpdateEnterpriseInput = Static<typeof UpdateEnterpriseBody>

export const HireBody = Type.Object(
  {
    name: Text(50),
    // the people module's schema, typed as the document type it takes
    docType: DocTypeSchema,
    docNumber: Type.String({ minLength: 1, maxLength: 32 }),
    phone: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
  },
  { additionalProperties: false },
)
export type HireInput = Static<typeof HireBody>

export const HireLinkSchema = OneOf(['linked', 'pending', 'refused'] as const)

/**
 * What the liaison sees is the first six fields; the rest only community staff. A hire not
 * (yet) linked by the person's community shows the typed name and colour 'unknown' only.
 */
export const HireSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  colour: Type.String(),
  link: HireLinkSchema,
  declarationLink: Type.String(),
  hiredAt: Type.String(),
  personId: Type.Optional(Type.String()),
  document: Type.Optional(Type.String()),
  phone: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  reasons: Type.Optional(Type.Array(Type.String())),
})

export const ImportHiresBody = Type.Object(
  { content: Type.String({ minLength: 1, maxLength: 10_000_000 }) },
  { additionalProperties: false },
)

export const ImportHiresResult = Type.Object({
  added: Type.Integer(),
  failed: Type.Array(Type.Object({ row: Type.Integer(), code: Type.String() })),
})

const SymptomSchema = OneOf(SYMPTOMS)

export const HireDeclarationBody = Type.Object(
  {
    travel: Type.Optional(
      Type.Union([
        Type.Object(
          { fromPlace: Text(100), arrivalDate: Type.String({ format: 'date' }) },
          { additionalProperties: false },
        ),
        Type.Null(),
      ]),
    ),
    symptoms: Type.Array(SymptomSchema, { maxItems: SYMPTOMS.length }),
    temperature: Type.Optional(Type.Union([Type.Number({ minimum: 34, maximum: 43 }), Type.Null()])),
    contactWithCases: Type.Boolean(),
  },
  { additionalProperties: false },
)
export type HireDeclarationInput = Static<typeof HireDeclarationBody>

export const AlertSchema = Type.Object({
  id: Type.String(),
  enterpriseId: Type.String(),
  enterpriseName: Type.String(),
  hireId: Type.String(),
  name: Type.String(),
  colour: Type.String(),
  at: Type.String(),
})

/** A link waiting for the person's community: the typed name beside the registry's. */
export const PendingLinkSchema = Type.Object({
  id: Type.String(),
  enterpriseName: Type.String(),
  enterpriseRegionName: Type.String(),
  enteredName: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  document: Type.String(),
  regionName: Type.String(),
  nameMatches: Type.Boolean(),
  requestedAt: Type.String(),
})
