import { Type, type Static } from 'typebox'
import { Id, MAX_PAGE, Nullable, OneOf, Text } from '../../core/schemas.js'
import { PersonSchema } from '../people/index.js'

// one of the given strings: a union of literals in the schema, the union of the strings in TypeScript
const DateText = Type.String({ format: 'date' })

export const SlotSchema = OneOf(['am', 'pm'])
export const Temperature = Type.Number({ minimum: 34, maximum: 43 })

const TeamMembers = { officerId: Id, medicId: Id, workerId: Id }
export const TeamInput = Type.Object(TeamMembers, { additionalProperties: false })
export type TeamInput = Static<typeof TeamInput>

export const TeamBody = Type.Object(
  { ...TeamMembers, reason: Type.Optional(Type.String({ maxLength: 200 })) },
  { additionalProperties: false },
)

export const OpenObservationBody = Type.Object(
  {
    personId: Id,
    reason: Text(200),
    /** YYYY-MM-DD, local; default today */
    startsOn: Type.Optional(DateText),
    /** period in days; default 14 (a risk area's own period is passed in by the caller) */
    days: Type.Optional(Type.Integer({ minimum: 1, maximum: 60 })),
    team: Type.Optional(TeamInput),
  },
  { additionalProperties: false },
)
export type OpenObservationInput = Static<typeof OpenObservationBody>

export const ObservationSchema = Type.Object({
  id: Type.String(),
  personId: Type.String(),
  personName: Type.Optional(Type.String()),
  address: Type.Optional(Nullable(Type.String())),
  regionId: Type.String(),
  regionName: Type.String(),
  reason: Type.String(),
  startsOn: Type.String(),
  endsOn: Type.String(),
  status: Type.String(),
  day: Type.Integer(),
  of: Type.Integer(),
  openedAt: Type.String(),
  releasedAt: Nullable(Type.String()),
  releasedOn: Nullable(Type.String()),
  releaseNote: Nullable(Type.String()),
})

export const ObservationQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    status: Type.Optional(OneOf(['open', 'released'])),
    memberId: Type.Optional(Id),
    /** day of the period (1 = first day) */
    day: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    withOpenAlerts: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)
export type ObservationQueryInput = Static<typeof ObservationQuery>

export const ReadingBody = Type.Object(
  {
    temperature: Temperature,
    symptoms: Type.Optional(Type.Array(Type.String({ maxLength: 50 }), { maxItems: 20 })),
    /** default: the slot and local date of now */
    slot: Type.Optional(SlotSchema),
    date: Type.Optional(DateText),
  },
  { additionalProperties: false },
)
export type ReadingInput = Static<typeof ReadingBody>

export const ReadingSchema = Type.Object({
  id: Type.String(),
  date: Type.String(),
  slot: Type.String(),
  temperature: Type.Number(),
  symptoms: Type.Array(Type.String()),
  takenBy: Nullable(Type.String()),
  selfReported: Type.Boolean(),
  takenAt: Type.String(),
  abnormal: Type.Boolean(),
})

export const AlertSchema = Type.Object({
  id: Type.String(),
  observationId: Type.String(),
  personId: Type.String(),
  personName: Type.String(),
  address: Nullable(Type.String()),
  regionName: Type.String(),
  kind: Type.String(),
  date: Type.String(),
  slot: Type.String(),
  temperature: Nullable(Type.Number()),
  /** every symptom of the reading that raised it: one alert names all its reasons */
  symptoms: Type.Array(Type.String()),
  status: Type.String(),
  raisedAt: Type.String(),
  acknowledgedAt: Nullable(Type.String()),
  closedAt: Nullable(Type.String()),
  note: Nullable(Type.String()),
})

export const AlertQuery = Type.Object(
  {
    status: Type.Optional(OneOf(['open', 'acknowledged', 'closed', 'active'])),
    /** only those addressed to me: my team's people and the communities I supervise */
    mine: Type.Optional(Type.Boolean()),
    regionId: Type.Optional(Id),
  },
  { additionalProperties: false },
)
export type AlertQueryInput = Static<typeof AlertQuery>

const Member = Type.Object({ id: Type.String(), name: Type.String() })
export const TeamSchema = Type.Object({
  officer: Member,
  medic: Member,
  worker: Member,
  from: Type.String(),
  to: Nullable(Type.String()),
  reason: Nullable(Type.String()),
})

export const DetailSchema = Type.Object({
  observation: ObservationSchema,
  person: Nullable(PersonSchema),
  team: Type.Array(TeamSchema),
  readings: Type.Array(ReadingSchema),
  alerts: Type.Array(AlertSchema),
  extensions: Type.Array(
    Type.Object({ from: Type.String(), to: Type.String(), reason: Type.String(), at: Type.String() }),
  ),
  releaseProblem: Nullable(Type.String()),
  feverThreshold: Type.Number(),
})

const Counts = {
  cumulative: Type.Integer(),
  released: Type.Integer(),
  current: Type.Integer(),
  newToday: Type.Integer(),
  releasedToday: Type.Integer(),
}
const RegionCounts = Type.Object({ regionId: Type.String(), name: Type.String(), ...Counts })
export const CountsSchema = Type.Object({
  asOf: Type.String(),
  ...Counts,
  communities: Type.Array(RegionCounts),
  compounds: Type.Array(RegionCounts),
})
export const CountsQuery = Type.Object(
  { asOf: Type.Optional(DateText), regionId: Type.Optional(Id) },
  { additionalProperties: false },
)

export const ProgressSchema = Type.Object({
  date: Type.String(),
  slot: Type.String(),
  underObservation: Type.Integer(),
  amTaken: Type.Integer(),
  pmTaken: Type.Integer(),
  dueNow: Type.Integer(),
  activeAlerts: Type.Integer(),
})

export const RoundsSchema = Type.Object({
  date: Type.String(),
  slot: Nullable(Type.String()),
  items: Type.Array(
    Type.Object({
      observationId: Type.String(),
      personId: Type.String(),
      personName: Type.String(),
      address: Nullable(Type.String()),
      regionName: Type.String(),
      day: Type.Integer(),
      of: Type.Integer(),
      am: Nullable(ReadingSchema),
      pm: Nullable(ReadingSchema),
      activeAlerts: Type.Integer(),
    }),
  ),
})

export const SupervisorsSchema = Type.Array(
  Type.Object({ id: Type.String(), name: Type.String(), role: Type.String() }),
)
export const SupervisorsBody = Type.Object(
  { userIds: Type.Array(Id, { maxItems: 50 }) },
  { additionalProperties: false },
)

export const DueSchema = Type.Array(
  Type.Object({ observation: ObservationSchema, problem: Nullable(Type.String()) }),
)
export const ReleaseDueBody = Type.Object(
  { regionId: Type.Optional(Id), ids: Type.Optional(Type.Array(Id, { maxItems: 1000 })) },
  { additionalProperties: false },
)
