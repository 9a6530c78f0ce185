import { Type, type Static } from 'typebox'
import { Id, Multiline, Nullable, OneOf, PageQuery, Text } from '../../core/schemas.js'
import { NOTICE_KINDS } from './notices.queries.js'
import { PUBLICITY_FIGURES, type PublicityFigure } from '../../shared/publicity.js'

// one of the given strings: a union of literals in the schema, the union of the strings in TypeScript
const Day = Type.String({ format: 'date' })

export const NoticeKindSchema = OneOf(NOTICE_KINDS)
export const NoticeStatusSchema = OneOf(['draft', 'approved', 'published', 'withdrawn'])

export const NoticeSchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  kind: Type.String(),
  title: Type.String(),
  body: Type.String(),
  status: Type.String(),
  authorId: Nullable(Type.String()),
  authorName: Nullable(Type.String()),
  approvedBy: Nullable(Type.String()),
  approverName: Nullable(Type.String()),
  approvedAt: Nullable(Type.String()),
  publishedAt: Nullable(Type.String()),
  withdrawnAt: Nullable(Type.String()),
  createdAt: Type.String(),
  updatedAt: Type.String(),
})

export const NoticeBody = Type.Object(
  { regionId: Id, kind: NoticeKindSchema, title: Text(100), body: Multiline(20_000, { minLength: 1 }) },
  { additionalProperties: false },
)
export type NoticeInput = Static<typeof NoticeBody>

export const NoticeChanges = Type.Object(
  {
    regionId: Type.Optional(Id),
    kind: Type.Optional(NoticeKindSchema),
    title: Type.Optional(Text(100)),
    body: Type.Optional(Multiline(20_000, { minLength: 1 })),
  },
  { additionalProperties: false, minProperties: 1 },
)
export type NoticeChangesInput = Static<typeof NoticeChanges>

export const NoticeQuery = Type.Object(
  {
    regionId: Type.Optional(Id),
    status: Type.Optional(NoticeStatusSchema),
    kind: Type.Optional(NoticeKindSchema),
    ...PageQuery,
  },
  { additionalProperties: false },
)
export type NoticeQueryInput = Static<typeof NoticeQuery>

const Count = Type.Integer({ minimum: 0, maximum: 10_000_000 })

/** 宣传工作 figures of one day in one community. */
export const ActivityFigures = Object.fromEntries(PUBLICITY_FIGURES.map((f) => [f, Count])) as Record<
  PublicityFigure,
  typeof Count
>

export const ActivityBody = Type.Object(
  {
    regionId: Id,
    date: Day,
    ...ActivityFigures,
    note: Type.Optional(Nullable(Multiline(500))),
  },
  { additionalProperties: false },
)
export type ActivityInput = Static<typeof ActivityBody>

export const ActivitySchema = Type.Object({
  id: Type.String(),
  regionId: Type.String(),
  regionName: Type.String(),
  date: Type.String(),
  ...ActivityFigures,
  note: Nullable(Type.String()),
  updatedAt: Type.String(),
})

export const ActivityQuery = Type.Object(
  { regionId: Type.Optional(Id), from: Type.Optional(Day), to: Type.Optional(Day) },
  { additionalProperties: false },
)
export type ActivityQueryInput = Static<typeof ActivityQuery>

export const AsOfQuery = Type.Object(
  { asOf: Day, regionId: Type.Optional(Id) },
  { additionalProperties: false },
)

export const PublicityCountsSchema = Type.Object({ asOf: Type.String(), ...ActivityFigures })
