// 纸质登记: what a typed-in paper register looks like on the wire. Only the shape is checked
// here; each row's contents are checked by the service, so that every bad row is named.
import { Type, type Static } from 'typebox'

const Uuid = Type.String({
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
})
const LocalDate = Type.String({ format: 'date' })
const Text = (max: number) => Type.Optional(Type.Union([Type.String({ maxLength: max }), Type.Null()]))

export const PaperRow = Type.Object(
  {
    /** made by the page for each row, so a resend stores nothing twice */
    id: Uuid,
    /** local time on the register's date, as written: 8:05, 08:05, 0805 */
    time: Type.String({ maxLength: 40 }),
    direction: Type.Union([Type.Literal('in'), Type.Literal('out')]),
    name: Text(40),
    document: Text(40),
    phone: Text(20),
    temperature: Type.Optional(Type.Union([Type.Number(), Type.Null()])),
    plate: Text(16),
    passengers: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 99 }), Type.Null()])),
  },
  { additionalProperties: false },
)
export type PaperRowInput = Static<typeof PaperRow>

export const PaperBody = Type.Object(
  { date: LocalDate, rows: Type.Array(PaperRow, { minItems: 1, maxItems: 300 }) },
  { additionalProperties: false },
)
export type PaperRegisterInput = Static<typeof PaperBody>

export const PaperResult = Type.Object({
  /** false: at least one row is wrong and nothing was written */
  saved: Type.Boolean(),
  stored: Type.Integer(),
  duplicates: Type.Integer(),
  rows: Type.Array(
    Type.Object({
      index: Type.Integer(),
      id: Type.String(),
      status: Type.Union([
        Type.Literal('stored'),
        Type.Literal('duplicate'),
        Type.Literal('invalid'),
        Type.Literal('valid'),
      ]),
      errors: Type.Array(Type.Object({ field: Type.String(), code: Type.String(), message: Type.String() })),
    }),
  ),
})

export const PrintQuery = Type.Object(
  {
    date: Type.Optional(LocalDate),
    pages: Type.Integer({ minimum: 1, maximum: 20, default: 3 }),
  },
  { additionalProperties: false },
)
