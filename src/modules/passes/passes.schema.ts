import { Type, type Static } from 'typebox'
import { Multiline, OneOf, Text } from '../../core/schemas.js'

export const ColourSchema = OneOf(['green', 'yellow', 'red'])
const ReasonText = Type.Object({ zh: Text(200), en: Text(200) }, { additionalProperties: false })

export const ReasonSchema = Type.Object({
  rule: Type.String(),
  colour: Type.String(),
  zh: Type.String(),
  en: Type.String(),
})

export const RuleSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 40, pattern: '^[a-z0-9_]+$' }),
    fact: Type.String({ minLength: 1, maxLength: 60 }),
    params: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
    colour: OneOf(['yellow', 'red']),
    reason: ReasonText,
  },
  { additionalProperties: false },
)

export const RulesBody = Type.Object(
  {
    baseVersion: Type.Integer({ minimum: 0 }),
    rules: Type.Array(RuleSchema, { maxItems: 50 }),
    green: ReasonText,
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)
export type RulesInput = Static<typeof RulesBody>

export const PublicRulesSchema = Type.Object({
  version: Type.Integer(),
  rules: Type.Array(Type.Unknown()),
  green: Type.Unknown(),
  facts: Type.Optional(
    Type.Array(Type.Object({ name: Type.String(), zh: Type.String(), en: Type.String() })),
  ),
})

/** One saved version of the rules, with who published it and why. */
export const RuleVersionSchema = Type.Object({
  version: Type.Integer(),
  rules: Type.Array(Type.Unknown()),
  green: Type.Unknown(),
  note: Type.Union([Type.String(), Type.Null()]),
  createdBy: Type.String(),
  createdAt: Type.String(),
})

export const IssuedPassSchema = Type.Object({
  /** false: 待核验, no proof of identity yet (no reasons; the gate checks the card) */
  confirmed: Type.Boolean(),
  qr: Type.String(),
  pid: Type.String(),
  colour: Type.String(),
  reasons: Type.Array(ReasonSchema),
  name: Type.String(),
  issuedAt: Type.String(),
  expires: Type.String(),
  rulesVersion: Type.Integer(),
})

export const ColourViewSchema = Type.Object({
  personId: Type.String(),
  colour: Type.String(),
  reasons: Type.Array(ReasonSchema),
  rulesVersion: Type.Integer(),
  computedAt: Type.String(),
  caseStatus: Type.Union([Type.String(), Type.Null()]),
  history: Type.Array(
    Type.Object({
      colour: Type.String(),
      reasons: Type.Array(ReasonSchema),
      rulesVersion: Type.Integer(),
      cause: Type.String(),
      at: Type.String(),
    }),
  ),
})

export const CaseStatusBody = Type.Object(
  {
    status: OneOf(['confirmed', 'suspected', 'central_quarantine', 'none']),
    note: Type.Optional(Type.String({ maxLength: 200 })),
  },
  { additionalProperties: false },
)
export type CaseStatusInput = Static<typeof CaseStatusBody>

export const ColourChangeBody = Type.Object(
  {
    colour: ColourSchema,
    reason: Multiline(200, { minLength: 2 }),
    until: Type.Optional(Type.String({ format: 'date-time' })),
  },
  { additionalProperties: false },
)
export type ColourChangeInput = Static<typeof ColourChangeBody>

export const ColourChangeSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.Optional(Type.String()),
  colour: Type.String(),
  reason: Type.String(),
  until: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  requestedBy: Type.String(),
  requestedByName: Type.Optional(Type.String()),
  requestedAt: Type.String(),
  decidedBy: Type.Union([Type.String(), Type.Null()]),
  decidedAt: Type.Union([Type.String(), Type.Null()]),
})

export const VerifyBody = Type.Object(
  { qr: Type.String({ minLength: 1, maxLength: 4296 }) },
  { additionalProperties: false },
)

export const VerificationSchema = Type.Object({
  status: Type.String(),
  claims: Type.Optional(
    Type.Object({
      iss: Type.String(),
      iat: Type.Integer(),
      exp: Type.Integer(),
      pid: Type.String(),
      n: Type.String(),
      c: Type.Integer(),
      r: Type.String(),
      unconfirmed: Type.Optional(Type.Boolean()),
      last4: Type.Optional(Type.String()),
    }),
  ),
  current: Type.Optional(
    Type.Object({ colour: Type.String(), changed: Type.Boolean(), confirmed: Type.Boolean() }),
  ),
})

export const DeviceBody = Type.Object(
  { deviceSecret: Type.String({ minLength: 32, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
)
