import { Type, type Static } from 'typebox'
import { MAX_PAGE, Paged, Text } from '../../core/schemas.js'

const Day = Type.String({ format: 'date' })

export const RiskAreaSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  aliases: Type.Array(Type.String()),
  fromDate: Type.String(),
  toDate: Type.Union([Type.String(), Type.Null()]),
  observationDays: Type.Integer(),
  updatedAt: Type.String(),
})

const fields = {
  name: Text(50),
  aliases: Type.Array(Text(50), { maxItems: 20 }),
  fromDate: Day,
  toDate: Type.Union([Day, Type.Null()]),
  observationDays: Type.Integer({ minimum: 1, maximum: 60 }),
}

export const CreateRiskAreaBody = Type.Object(
  {
    name: fields.name,
    aliases: Type.Optional(fields.aliases),
    fromDate: fields.fromDate,
    toDate: Type.Optional(fields.toDate),
    observationDays: Type.Optional(fields.observationDays),
  },
  { additionalProperties: false },
)
export type RiskAreaInput = Static<typeof CreateRiskAreaBody>

export const UpdateRiskAreaBody = Type.Object(
  {
    name: Type.Optional(fields.name),
    aliases: Type.Optional(fields.aliases),
    fromDate: Type.Optional(fields.fromDate),
    toDate: Type.Optional(fields.toDate),
    observationDays: Type.Optional(fields.observationDays),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type RiskAreaChanges = Static<typeof UpdateRiskAreaBody>

export const KeyPersonQuerySchema = Type.Object(
  {
    regionId: Type.Optional(Type.String({ maxLength: 64 })),
    riskAreaId: Type.Optional(Type.String({ maxLength: 64 })),
    arrivalFrom: Type.Optional(Day),
    arrivalTo: Type.Optional(Day),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
)
export type KeyPersonQuery = Static<typeof KeyPersonQuerySchema>

export const KeyPersonPage = Paged(
  Type.Object({
    id: Type.String(),
    personId: Type.String(),
    personName: Type.String(),
    regionId: Type.String(),
    regionName: Type.String(),
    riskAreaId: Type.String(),
    areaName: Type.String(),
    fromPlace: Type.String(),
    arrivalDate: Type.String(),
    observeUntil: Type.String(),
    reason: Type.String(),
    source: Type.String(),
    filedAt: Type.String(),
    /** the person's open home observation, if any */
    observationId: Type.Union([Type.String(), Type.Null()]),
    /** what to open for them: POST /api/v1/observations with personId and these */
    proposal: Type.Object({ reason: Type.String(), startsOn: Type.String(), days: Type.Integer() }),
  }),
)
