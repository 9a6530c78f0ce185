import { Type, type Static, type TObject } from 'typebox'
import { MAX_PAGE, OneOf, Paged, Text } from '../../core/schemas.js'
import { DocTypeSchema, ResidenceTypeSchema } from '../people/index.js'
import { IssuedPassSchema } from '../passes/index.js'
import { SYMPTOMS } from './declarations.queries.js'

const SymptomSchema = OneOf(SYMPTOMS)

const health = {
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
}
/** What every declaration says about health, whoever files it. */
export type HealthInput = Static<TObject<typeof health>>

const who = {
  placeCode: Type.String({ minLength: 1, maxLength: 16 }),
  name: Text(50),
  docType: DocTypeSchema,
  docNumber: Type.String({ minLength: 1, maxLength: 32 }),
  phone: Type.String({ minLength: 1, maxLength: 20 }),
}
/** 获取验证码: the code goes to the phone on file, or to this one for a number not on file */
export const ResidentCodeBody = Type.Object(who, { additionalProperties: false })
export type ResidentCodeBody = Static<typeof ResidentCodeBody>

export const ResidentDeclarationBody = Type.Object(
  {
    ...who,
    /** the one-time code sent by SMS; without it the pass is 待核验 */
    code: Type.Optional(Type.String({ pattern: '^[0-9]{6}$' })),
    address: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
    residenceType: Type.Optional(ResidenceTypeSchema),
    /** the secret this phone already holds, to keep one per phone */
    deviceSecret: Type.Optional(Type.String({ minLength: 32, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' })),
    ...health,
  },
  { additionalProperties: false },
)
export type ResidentDeclaration = Static<typeof ResidentDeclarationBody>

export const StaffDeclarationBody = Type.Object(
  {
    personId: Type.String({ minLength: 1, maxLength: 64 }),
    regionId: Type.Optional(Type.String({ maxLength: 64 })),
    ...health,
  },
  { additionalProperties: false },
)

export const DeclarationSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.Optional(Type.String()),
  /** masked document number */
  personDocument: Type.Optional(Type.String()),
  regionId: Type.String(),
  regionName: Type.Optional(Type.String()),
  source: Type.String(),
  placeCode: Type.Union([Type.String(), Type.Null()]),
  fromPlace: Type.Union([Type.String(), Type.Null()]),
  arrivalDate: Type.Union([Type.String(), Type.Null()]),
  symptoms: Type.Array(Type.String()),
  temperature: Type.Union([Type.Number(), Type.Null()]),
  contactWithCases: Type.Boolean(),
  declaredAt: Type.String(),
  /** a newer declaration of the same person exists (this one is kept, no longer current) */
  superseded: Type.Optional(Type.Boolean()),
})

export const ResidentResultSchema = Type.Object({
  declaration: Type.Object({ id: Type.String(), declaredAt: Type.String() }),
  keyPerson: Type.Boolean(),
  pass: IssuedPassSchema,
  deviceSecret: Type.String(),
})

export const DeclarationQuerySchema = Type.Object(
  {
    regionId: Type.Optional(Type.String({ maxLength: 64 })),
    personId: Type.Optional(Type.String({ maxLength: 64 })),
    from: Type.Optional(Type.String({ format: 'date-time' })),
    to: Type.Optional(Type.String({ format: 'date-time' })),
    withTravel: Type.Optional(Type.Boolean()),
    symptom: Type.Optional(Type.Union([SymptomSchema, Type.Literal('any')])),
    latestOnly: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)
export type DeclarationQuery = Static<typeof DeclarationQuerySchema>

export const DeclarationPage = Paged(DeclarationSchema)

export const ClaimSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  regionId: Type.String(),
  /** the claimant's name, masked */
  name: Type.String(),
  phone: Type.String(),
  placeCode: Type.String(),
  status: Type.String(),
  createdAt: Type.String(),
  resolvedAt: Type.Union([Type.String(), Type.Null()]),
})
export const ClaimQuery = Type.Object(
  { status: Type.Optional(OneOf(['pending', 'accepted', 'rejected'])) },
  { additionalProperties: false },
)
export const ClaimDecision = Type.Object({ accept: Type.Boolean() }, { additionalProperties: false })
