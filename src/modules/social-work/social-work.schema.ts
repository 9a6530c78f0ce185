import { Type, type Static } from 'typebox'
import { Id, Multiline, Nullable, OneOf, PageQuery, Text } from '../../core/schemas.js'
import { SERVICE_CHANNELS } from './social-work.queries.js'

const Day = Type.String({ format: 'date' })
const Note = Type.Optional(Nullable(Multiline(500)))
const Channel = OneOf(SERVICE_CHANNELS)
const NullableId = Type.Optional(Type.Union([Id, Type.Null()]))

export const AgencyBody = Type.Object(
  { regionId: Id, name: Text(100), note: Note },
  { additionalProperties: false },
)
export type AgencyInput = Static<typeof AgencyBody>
export const AgencyChanges = Type.Object(
  { name: Type.Optional(Text(100)), note: Note },
  { additionalProperties: false, minProperties: 1 },
)
export type AgencyChangesInput = Static<typeof AgencyChanges>
export const AgencySchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  name: Type.String(),
  note: Nullable(Type.String()),
})

export const WorkerBody = Type.Object(
  {
    regionId: Type.Optional(Id),
    agencyId: NullableId,
    userId: NullableId,
    name: Type.Optional(Nullable(Type.String({ maxLength: 50 }))),
    note: Note,
  },
  { additionalProperties: false },
)
export type WorkerInput = Static<typeof WorkerBody>
export const WorkerSchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  agencyId: Nullable(Type.String()),
  agencyName: Nullable(Type.String()),
  userId: Nullable(Type.String()),
  name: Type.String(),
  note: Nullable(Type.String()),
})
export const WorkerQuery = Type.Object({ agencyId: Type.Optional(Id) }, { additionalProperties: false })

export const ServiceBody = Type.Object(
  {
    regionId: Id,
    workerId: Id,
    date: Day,
    channel: Channel,
    topic: Text(200),
    beneficiaries: Type.Integer({ minimum: 1, maximum: 100_000 }),
    note: Note,
  },
  { additionalProperties: false },
)
export type ServiceInput = Static<typeof ServiceBody>
export const ServiceSchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  workerId: Type.String(),
  workerName: Type.String(),
  agencyId: Nullable(Type.String()),
  agencyName: Nullable(Type.String()),
  date: Type.String(),
  channel: Type.String(),
  topic: Type.String(),
  beneficiaries: Type.Integer(),
  note: Nullable(Type.String()),
  createdAt: Type.String(),
})
export const ServiceQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    from: Type.Optional(Day),
    to: Type.Optional(Day),
    channel: Type.Optional(Channel),
    ...PageQuery,
  },
  { additionalProperties: false },
)
export type ServiceQueryInput = Static<typeof ServiceQuery>

export const AsOfQuery = Type.Object(
  { asOf: Day, regionId: Type.Optional(Id) },
  { additionalProperties: false },
)

const PerChannel = { offline: Type.Integer(), phone: Type.Integer(), online: Type.Integer() }
export const SocialWorkCountsSchema = Type.Object({
  asOf: Type.String(),
  ...PerChannel,
  beneficiaries: Type.Integer(),
  records: Type.Object({ ...PerChannel, total: Type.Integer() }),
  workers: Type.Integer(),
  agencies: Type.Integer(),
})
