import { Type, type Static } from 'typebox'
import { Id, Nullable, OneOf } from '../../core/schemas.js'

const DateTime = Type.String({ format: 'date-time' })
const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
})

/** What a gate sends. Temperature range and plate format are checked by the service, with their own codes. */
export const PassageInputSchema = Type.Object(
  {
    id: Uuid,
    checkpointId: Id,
    direction: OneOf(['in', 'out']),
    /** when the gate recorded it, by the device's clock */
    deviceAt: DateTime,
    /** the device's clock when it sent this (lets the server measure the device clock) */
    sentAt: Type.Optional(DateTime),
    offline: Type.Optional(Type.Boolean()),
    /**
     * The scanned QR text. Only a pass that verifies here (our key and issuer, valid when
     * scanned, not revoked) gives the passage its pass and colour; `pass` is what the gate
     * says it saw and is not trusted.
     */
    qr: Type.Optional(Type.String({ minLength: 1, maxLength: 4296 })),
    pass: Type.Optional(
      Type.Object(
        { id: Type.String({ minLength: 1, maxLength: 64 }), colour: OneOf(['green', 'yellow', 'red']) },
        { additionalProperties: false },
      ),
    ),
    document: Type.Optional(
      Type.Object(
        {
          type: OneOf(['id_card', 'passport', 'hk_macau_permit', 'taiwan_permit', 'other']),
          number: Type.String({ minLength: 1, maxLength: 40 }),
        },
        { additionalProperties: false },
      ),
    ),
    temperature: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    plate: Type.Optional(Type.Union([Type.String({ maxLength: 16 }), Type.Null()])),
    passengers: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 99 }), Type.Null()])),
    verdict: OneOf(['allow', 'deny', 'refer']),
    reason: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  },
  { additionalProperties: false },
)
export type PassageInput = Static<typeof PassageInputSchema>

export const PassageSchema = Type.Object({
  id: Type.String(),
  checkpointId: Type.String(),
  direction: Type.String(),
  occurredAt: Type.String(),
  deviceAt: Type.String(),
  receivedAt: Type.String(),
  clockSkewMs: Nullable(Type.Number()),
  skewed: Type.Boolean(),
  offline: Type.Boolean(),
  passId: Nullable(Type.String()),
  /** null unless the pass verified (see `verified`) */
  passColour: Nullable(Type.String()),
  /** the server checked the scanned QR: pass id and colour are the pass's, not the gate's word */
  verified: Type.Boolean(),
  personId: Nullable(Type.String()),
  document: Nullable(Type.String()),
  temperature: Nullable(Type.Number()),
  fever: Type.Boolean(),
  plate: Nullable(Type.String()),
  passengers: Nullable(Type.Integer()),
  verdict: Type.String(),
  reason: Nullable(Type.String()),
  source: Type.String(),
  name: Nullable(Type.String()),
})

export const PassageResult = Type.Object({ passage: PassageSchema, duplicate: Type.Boolean() })

export const BatchBody = Type.Object(
  {
    // Items are checked one by one by the service, so that one bad passage is reported alone.
    passages: Type.Array(Type.Unknown(), { minItems: 1, maxItems: 500 }),
    sentAt: Type.Optional(DateTime),
  },
  { additionalProperties: false },
)

export const BatchResult = Type.Object({
  results: Type.Array(
    Type.Object({
      id: Nullable(Type.String()),
      status: Type.String(),
      passage: Type.Optional(PassageSchema),
      error: Type.Optional(Type.Object({ code: Type.String(), message: Type.String() })),
    }),
  ),
  stored: Type.Integer(),
  duplicates: Type.Integer(),
  rejected: Type.Integer(),
})

const Counts = {
  in: Type.Integer(),
  out: Type.Integer(),
  denied: Type.Integer(),
  referred: Type.Integer(),
  fevers: Type.Integer(),
  total: Type.Integer(),
}

export const CountsSchema = Type.Object({
  checkpointId: Type.String(),
  date: Type.String(),
  ...Counts,
  hours: Type.Array(Type.Object({ hour: Type.String(), ...Counts })),
})

export const CountsQuery = Type.Object(
  { date: Type.Optional(Type.String({ format: 'date' })) },
  { additionalProperties: false },
)

export const RecentQuery = Type.Object(
  { limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }) },
  { additionalProperties: false },
)

export const GateSettingsSchema = Type.Object({
  feverThreshold: Type.Number(),
  minTemperature: Type.Number(),
  maxTemperature: Type.Number(),
  clockSkewMs: Type.Integer(),
})
