import { Type, type Static } from 'typebox'
import { Id, Multiline, Nullable, OneOf, PageQuery } from '../../core/schemas.js'
import { CALL_CATEGORIES, CALL_CHANNELS, RISK_LEVELS } from './hotline.queries.js'

// one of the given strings: a union of literals in the schema, the union of the strings in TypeScript
const Day = Type.String({ format: 'date' })
const Instant = Type.String({ format: 'date-time' })
const Note = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })))
const RiskLevel = OneOf(RISK_LEVELS)

export const ShiftBody = Type.Object(
  { regionId: Id, expertId: Id, startsAt: Instant, endsAt: Instant },
  { additionalProperties: false },
)
export type ShiftInput = Static<typeof ShiftBody>

export const ShiftSchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  expertId: Type.String(),
  expertName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
})

export const CoverageQuery = Type.Object(
  { regionId: Type.Optional(Id), from: Day, days: Type.Integer({ minimum: 1, maximum: 31, default: 1 }) },
  { additionalProperties: false },
)
export type CoverageQueryInput = Static<typeof CoverageQuery>

const Span = Type.Object({ from: Type.String(), to: Type.String() })

export const CoverageSchema = Type.Object({
  regionId: Type.String(),
  regionName: Type.String(),
  days: Type.Array(
    Type.Object({
      date: Type.String(),
      shifts: Type.Array(ShiftSchema),
      gaps: Type.Array(Span),
      uncoveredMinutes: Type.Integer(),
    }),
  ),
})

export const ExpertSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  role: Type.String(),
  scopeName: Type.String(),
})

export const CallBody = Type.Object(
  {
    regionId: Id,
    startedAt: Instant,
    durationMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
    channel: OneOf(CALL_CHANNELS),
    category: OneOf(CALL_CATEGORIES),
    riskLevel: RiskLevel,
    followUp: Type.Boolean(),
    followUpNote: Note(500),
    referral: Note(200),
    summary: Type.Optional(Nullable(Multiline(1000))),
  },
  { additionalProperties: false },
)
export type CallInput = Static<typeof CallBody>

export const CallChanges = Type.Object(
  {
    riskLevel: Type.Optional(RiskLevel),
    followUp: Type.Optional(Type.Boolean()),
    followUpNote: Note(500),
    referral: Note(200),
    summary: Type.Optional(Nullable(Multiline(1000))),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type CallChangesInput = Static<typeof CallChanges>

export const CallSchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  startedAt: Type.String(),
  date: Type.String(),
  durationMinutes: Type.Integer(),
  channel: Type.String(),
  category: Type.String(),
  riskLevel: Type.String(),
  followUp: Type.Boolean(),
  followUpNote: Nullable(Type.String()),
  referral: Nullable(Type.String()),
  summary: Nullable(Type.String()),
  takenBy: Nullable(Type.String()),
  takenByName: Nullable(Type.String()),
  updatedAt: Type.String(),
})

export const CallQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    riskLevel: Type.Optional(RiskLevel),
    ...PageQuery,
  },
  { additionalProperties: false },
)
export type CallQueryInput = Static<typeof CallQuery>

export const AsOfQuery = Type.Object(
  { asOf: Day, regionId: Type.Optional(Id) },
  { additionalProperties: false },
)

const Counts = (keys: readonly string[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Type.Integer()])))

export const HotlineCountsSchema = Type.Object({
  asOf: Type.String(),
  calls: Type.Integer(),
  callsToday: Type.Integer(),
  minutes: Type.Integer(),
  followUps: Type.Integer(),
  referrals: Type.Integer(),
  byRisk: Counts(RISK_LEVELS),
  byCategory: Counts(CALL_CATEGORIES),
})
