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
