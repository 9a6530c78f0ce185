import { Type, type Static } from 'typebox'
import { Id, MAX_PAGE, Multiline, Nullable, OneOf, Text } from '../../core/schemas.js'
import { SYMPTOMS } from '../declarations/index.js'
import { DocTypeSchema, ResidenceTypeSchema, SexSchema } from '../people/index.js'

const NullableText = (max: number) => Type.Optional(Nullable(Type.String({ maxLength: max })))

// The people module's schemas, typed as the values its registerPerson takes (the same schemas).
export const DocType = DocTypeSchema
export const ResidenceType = ResidenceTypeSchema
const Sex = SexSchema

export const CampaignKindSchema = OneOf(['sweep', 'phone'])
export const SweepStateSchema = OneOf(['pending', 'visited', 'nobody_home', 'refused'])
export const VisitOutcomeSchema = OneOf(['visited', 'nobody_home', 'refused'])
export const CallOutcomeSchema = OneOf([
  'reached',
  'no_answer',
  'switched_off',
  'wrong_number',
  'refused',
  'not_in_area',
])
export const CallStatusSchema = OneOf(['pending', 'callback', 'unreached', 'done', 'known'])
export const CoverageBySchema = OneOf(['building', 'compound', 'community', 'team', 'assignee'])

export const CampaignSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  status: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  createdAt: Type.String(),
  households: Type.Optional(Type.Integer()),
})

export const CreateCampaignBody = Type.Object(
  { kind: CampaignKindSchema, name: Text(100), regionId: Id },
  { additionalProperties: false },
)
export type NewCampaign = Static<typeof CreateCampaignBody>

export const CampaignListQuery = Type.Object(
  { kind: Type.Optional(CampaignKindSchema) },
  { additionalProperties: false },
)

export const SweepItemSchema = Type.Object({
  id: Type.String(),
  campaignId: Type.String(),
  householdId: Type.String(),
  address: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  assigneeId: Type.Union([Type.String(), Type.Null()]),
  state: Type.String(),
  visits: Type.Integer(),
  lastVisitAt: Type.Union([Type.String(), Type.Null()]),
})

export const SweepItemQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    state: Type.Optional(SweepStateSchema),
    mine: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
)
export type ItemQuery = Static<typeof SweepItemQuery>

/** every household under a building or compound to one grid member (null: unassign) */
export const AssignBody = Type.Object(
  { regionId: Id, assigneeId: Type.Union([Id, Type.Null()]) },
  { additionalProperties: false },
)
export type AssignInput = Static<typeof AssignBody>

export const FindingBody = Type.Object(
  {
    /** where the person is now (phone screening: 人在何处) */
    currentPlace: NullableText(100),
    fromPlace: NullableText(100),
    arrivalDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    symptoms: Type.Optional(Type.Array(OneOf(SYMPTOMS), { maxItems: SYMPTOMS.length })),
    note: Type.Optional(Nullable(Multiline(500))),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type FindingInput = Static<typeof FindingBody>

export const FindingResult = Type.Object({
  id: Type.String(),
  personId: Type.Union([Type.String(), Type.Null()]),
  declarationId: Type.Union([Type.String(), Type.Null()]),
  keyPersons: Type.Integer(),
})

const NewPersonBody = Type.Object(
  {
    name: Text(50),
    docType: DocType,
    docNumber: Type.String({ minLength: 1, maxLength: 32 }),
    phone: NullableText(20),
    sex: Type.Optional(Nullable(Sex)),
    birthDate: Type.Optional(Nullable(Type.String({ format: 'date' }))),
    residenceType: ResidenceType,
    workplace: NullableText(100),
    finding: Type.Optional(FindingBody),
  },
  { additionalProperties: false },
)

export const VisitBody = Type.Object(
  {
    outcome: VisitOutcomeSchema,
    note: Type.Optional(Nullable(Multiline(500))),
    seen: Type.Optional(
      Type.Array(
        Type.Object({ personId: Id, finding: Type.Optional(FindingBody) }, { additionalProperties: false }),
        {
          maxItems: 50,
        },
      ),
    ),
    newPeople: Type.Optional(Type.Array(NewPersonBody, { maxItems: 20 })),
  },
  { additionalProperties: false },
)
export type VisitInput = Static<typeof VisitBody>

export const VisitResult = Type.Object({
  item: SweepItemSchema,
  seen: Type.Integer(),
  registered: Type.Array(Type.String()),
  findings: Type.Array(FindingResult),
})

const Figures = {
  total: Type.Integer(),
  visited: Type.Integer(),
  nobodyHome: Type.Integer(),
  refused: Type.Integer(),
  pending: Type.Integer(),
  coverage: Type.Number(),
}
const CoverageRow = Type.Object({
  key: Type.Union([Type.String(), Type.Null()]),
  name: Type.Union([Type.String(), Type.Null()]),
  ...Figures,
})
export const CoverageSchema = Type.Object({
  campaignId: Type.String(),
  by: Type.String(),
  total: CoverageRow,
  rows: Type.Array(CoverageRow),
})
