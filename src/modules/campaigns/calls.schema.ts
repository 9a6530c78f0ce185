import { Type, type Static } from 'typebox'
import { Id, MAX_PAGE, Multiline, Nullable } from '../../core/schemas.js'
import {
  CallOutcomeSchema,
  CallStatusSchema,
  DocType,
  FindingBody,
  FindingResult,
  ResidenceType,
} from './campaigns.schema.js'

export const ImportNumbersBody = Type.Object(
  {
    // the file (CSV in UTF-8 or GBK, or .xlsx), base64
    content: Type.String({ minLength: 1, maxLength: 30_000_000 }),
    /** when the list has no carrier column: 中国移动 / 中国联通 / 中国电信 */
    carrier: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
    /** call numbers already in the registry too (default: they are marked known, not called) */
    callKnown: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
)
export type ImportInput = Static<typeof ImportNumbersBody>

export const ImportReport = Type.Object({
  rows: Type.Integer(),
  added: Type.Integer(),
  toCall: Type.Integer(),
  inRegistry: Type.Integer(),
  duplicatesInList: Type.Integer(),
  alreadyInCampaign: Type.Integer(),
  invalidCount: Type.Integer(),
  invalidRows: Type.Array(Type.Integer()),
})

// The callers by name, or a grid team (its members with an account), dealt evenly or by counts.
export const SplitBody = Type.Object(
  {
    callerIds: Type.Optional(Type.Array(Id, { maxItems: 200 })),
    teamId: Type.Optional(Id),
    counts: Type.Optional(Type.Array(Type.Integer({ minimum: 0 }), { maxItems: 200 })),
  },
  { additionalProperties: false },
)
export type SplitInput = Static<typeof SplitBody>

export const SplitResult = Type.Object({
  lists: Type.Array(Type.Object({ callerId: Type.String(), assigned: Type.Integer() })),
  unassigned: Type.Integer(),
})

export const ReassignBody = Type.Object({ fromCallerId: Id, toCallerId: Id }, { additionalProperties: false })
export type ReassignInput = Static<typeof ReassignBody>

export const SecondRoundBody = Type.Object(
  { callerIds: Type.Optional(Type.Array(Id, { maxItems: 200 })) },
  { additionalProperties: false },
)
export type SecondRoundInput = Static<typeof SecondRoundBody>

export const CallEntrySchema = Type.Object({
  id: Type.String(),
  phone: Type.String(),
  carrier: Type.Union([Type.String(), Type.Null()]),
  homeRegion: Type.Union([Type.String(), Type.Null()]),
  arrival: Type.Union([Type.String(), Type.Null()]),
  inRegistry: Type.Boolean(),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  lastOutcome: Type.Union([Type.String(), Type.Null()]),
  attempts: Type.Integer(),
  round: Type.Integer(),
  callbackAt: Type.Union([Type.String(), Type.Null()]),
})

export const NextNumberSchema = Type.Object({
  entry: Type.Union([CallEntrySchema, Type.Null()]),
  fullPhone: Type.Union([Type.String(), Type.Null()]),
})

export const CallBody = Type.Object(
  {
    outcome: CallOutcomeSchema,
    note: Type.Optional(Nullable(Multiline(500))),
    /** 稍后回拨: keeps the number on the list until then */
    callBackAt: Type.Optional(Nullable(Type.String({ format: 'date-time' }))),
    finding: Type.Optional(
      Type.Object(
        {
          ...FindingBody.properties,
          personId: Type.Optional(Nullable(Id)),
          // someone reached who is not in the registry joins it with the number called
          person: Type.Optional(
            Type.Object(
              {
                name: Type.String({ minLength: 1, maxLength: 50 }),
                docType: DocType,
                docNumber: Type.String({ minLength: 1, maxLength: 32 }),
                residenceType: ResidenceType,
                address: Type.Optional(Nullable(Type.String({ maxLength: 100 }))),
              },
              { additionalProperties: false },
            ),
          ),
        },
        { additionalProperties: false, minProperties: 1 },
      ),
    ),
  },
  { additionalProperties: false },
)
export type CallInput = Static<typeof CallBody>

export const CallResult = Type.Object({
  entry: CallEntrySchema,
  finding: Type.Union([FindingResult, Type.Null()]),
})

const Tally = {
  total: Type.Integer(),
  called: Type.Integer(),
  reached: Type.Integer(),
  done: Type.Integer(),
  open: Type.Integer(),
  unreached: Type.Integer(),
  known: Type.Integer(),
}
export const ProgressSchema = Type.Object({
  campaignId: Type.String(),
  ...Tally,
  unassigned: Type.Integer(),
  callers: Type.Array(Type.Object({ callerId: Type.String(), name: Type.String(), ...Tally })),
})

export const EntriesQuery = Type.Object(
  {
    status: CallStatusSchema,
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
)
export type EntriesInput = Static<typeof EntriesQuery>

export const EntriesSchema = Type.Object({
  items: Type.Array(CallEntrySchema),
  page: Type.Integer(),
  pageSize: Type.Integer(),
})

const CountFigures = {
  peopleScreened: Type.Integer(),
  numbersCalled: Type.Integer(),
  numbersReached: Type.Integer(),
  keyPersonsFound: Type.Integer(),
}
export const CountsQuery = Type.Object(
  { asOf: Type.String({ format: 'date' }), regionId: Type.Optional(Id) },
  { additionalProperties: false },
)
export const CountsSchema = Type.Object({
  asOf: Type.String(),
  ...CountFigures,
  byCommunity: Type.Array(
    Type.Object({
      regionId: Type.Union([Type.String(), Type.Null()]),
      name: Type.Union([Type.String(), Type.Null()]),
      ...CountFigures,
    }),
  ),
  // 网格小组: the team of the member who visited or called (null: not in a team)
  byTeam: Type.Array(
    Type.Object({
      teamId: Type.Union([Type.String(), Type.Null()]),
      name: Type.Union([Type.String(), Type.Null()]),
      ...CountFigures,
    }),
  ),
  byStaff: Type.Array(
    Type.Object({
      staffId: Type.Union([Type.String(), Type.Null()]),
      name: Type.Union([Type.String(), Type.Null()]),
      ...CountFigures,
    }),
  ),
})
