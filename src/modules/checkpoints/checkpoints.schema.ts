import { Type, type Static } from 'typebox'
import { Id, OneOf, Text } from '../../core/schemas.js'

export const CheckpointTypeSchema = OneOf(['village', 'community', 'road', 'compound'])

const Location = Type.Union([Type.String({ maxLength: 200 }), Type.Null()])

export const CheckpointSchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  type: Type.String(),
  name: Type.String(),
  location: Type.Union([Type.String(), Type.Null()]),
  open: Type.Boolean(),
  updatedAt: Type.String(),
})

export const CreateCheckpointBody = Type.Object(
  {
    regionId: Id,
    type: CheckpointTypeSchema,
    name: Text(100),
    location: Type.Optional(Location),
    open: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type CheckpointInput = Static<typeof CreateCheckpointBody>

export const UpdateCheckpointBody = Type.Object(
  {
    type: Type.Optional(CheckpointTypeSchema),
    name: Type.Optional(Text(100)),
    location: Type.Optional(Location),
    open: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type CheckpointChanges = Static<typeof UpdateCheckpointBody>

export const CheckpointQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    type: Type.Optional(CheckpointTypeSchema),
    open: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type CheckpointFilter = Static<typeof CheckpointQuery>

export const EntranceCoverageSchema = Type.Object({
  regionId: Type.String(),
  items: Type.Array(
    Type.Object({ regionId: Type.String(), name: Type.String(), openEntrances: Type.Integer() }),
  ),
  singleEntrance: Type.Integer(),
  withoutEntrance: Type.Integer(),
  moreThanOne: Type.Integer(),
})

const DateTime = Type.String({ format: 'date-time' })
const LocalDate = Type.String({ format: 'date' })

export const ShiftBody = Type.Object(
  { staffUserId: Id, startsAt: DateTime, endsAt: DateTime },
  { additionalProperties: false },
)
export type ShiftInput = Static<typeof ShiftBody>

export const ShiftSchema = Type.Object({
  id: Type.String(),
  checkpointId: Type.String(),
  staffUserId: Type.String(),
  staffName: Type.String(),
  startsAt: Type.String(),
  endsAt: Type.String(),
})

export const RosterQuery = Type.Object(
  { from: Type.Optional(LocalDate), days: Type.Integer({ minimum: 1, maximum: 31, default: 7 }) },
  { additionalProperties: false },
)

const Gap = Type.Object({ from: Type.String(), to: Type.String() })

export const RosterSchema = Type.Object({
  checkpoint: CheckpointSchema,
  from: Type.String(),
  to: Type.String(),
  shifts: Type.Array(ShiftSchema),
  gaps: Type.Array(Gap),
  uncoveredHours: Type.Array(Type.String()),
})

export const GapsSchema = Type.Object({
  from: Type.String(),
  to: Type.String(),
  items: Type.Array(
    Type.Object({ checkpoint: CheckpointSchema, gaps: Type.Array(Gap), uncoveredHours: Type.Integer() }),
  ),
})

export const CopyDayBody = Type.Object({ from: LocalDate, to: LocalDate }, { additionalProperties: false })

export const CopyDayResult = Type.Object({
  created: Type.Array(ShiftSchema),
  skipped: Type.Array(
    Type.Object({ staffUserId: Type.String(), startsAt: Type.String(), code: Type.String() }),
  ),
})
