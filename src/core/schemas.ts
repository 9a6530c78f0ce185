import { Type, type TSchema } from 'typebox'

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })
export const IdParams = Type.Object({ id: Id }, { additionalProperties: false })

export const PageQuery = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
}

export const Paged = <T extends TSchema>(item: T) =>
  Type.Object({
    items: Type.Array(item),
    total: Type.Integer(),
    page: Type.Integer(),
    pageSize: Type.Integer(),
  })

export const ErrorBody = Type.Object({
  error: Type.Object({ code: Type.String(), message: Type.String() }),
})

export const Ok = Type.Object({ ok: Type.Boolean() })

/** Trimmed, non-empty text of bounded length. */
export const Text = (maxLength = 200) => Type.String({ minLength: 1, maxLength })

/**
 * One of a fixed list of strings: `OneOf(['in', 'out'])` is `'in' | 'out'` to the service.
 * (Type.Union over a mapped array would type as never: the list's tuple type is kept here.)
 */
export const OneOf = <const V extends readonly string[]>(values: V) =>
  Type.Unsafe<V[number]>(Type.Union(values.map((v) => Type.Literal(v))))

/** A value or null (a field the client may clear). */
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()])
