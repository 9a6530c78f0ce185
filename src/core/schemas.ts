import { Type, type TSchema } from 'typebox'

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false })

/** Pages beyond this are refused (400): a list is filtered, not paged through for ever. */
export const MAX_PAGE = 10_000

/**
 * Rows a page number may skip: past this a list is read by its `after` cursor (keyset), as an
 * offset costs a scan of every row it skips. Counts stop here too (`totalAtLeast`).
 */
export const MAX_OFFSET = 10_000

export const PageQuery = {
  page: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
}

/**
 * The days a request may name: every `format: 'date'` (and the day of a `date-time`) outside
 * them is refused at the edge (src/http/validation.ts), so a service never meets year 9999.
 * Wide enough for the oldest resident's birth date.
 */
export const DATE_MIN = '1900-01-01'
export const DATE_MAX = '2100-12-31'

/** A local date `YYYY-MM-DD`: a real calendar day between DATE_MIN and DATE_MAX. */
export const LocalDate = Type.String({ format: 'date' })

export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    /** the count stopped at `total` (MAX_OFFSET): there are at least that many */
    totalAtLeast: Type.Optional(Type.Boolean()),
    page: Type.Integer(),
    pageSize: Type.Integer(),
    /** where a list reads by keyset: pass as `after` for the page that follows this one */
    next: Type.Optional(Type.String()),
  })

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
})

export const Ok = Type.Object({ ok: Type.Boolean() })

/** Trimmed, non-empty text of bounded length: one line, no control characters. */
export const Text = (maxLength = 200) => Type.String({ minLength: 1, maxLength })

/**
 * Text that may hold line breaks and tabs (a note, a notice's body); every other string is one
 * line. Control characters and broken Unicode are refused in both (src/http/validation.ts).
 */
export const Multiline = (maxLength: number, options: { minLength?: number } = {}) =>
  Type.String({ ...options, maxLength, multiline: true })

/**
 * One of a fixed list of strings: `OneOf(['in', 'out'])` is `'in' | 'out'` to the service.
 * (Type.Union over a mapped array would type as never: the list's tuple type is kept here.)
 */
export const OneOf = <const V extends readonly string[]>(values: V) =>
  Type.Unsafe<V[number]>(Type.Union(values.map((v) => Type.Literal(v))))

/** A value or null (a field the client may clear). */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
