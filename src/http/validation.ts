// Request validation with TypeBox: bodies are checked as sent (a number is not a string),
// query strings and params are converted from text and get their defaults.
//
// Then one rule for every route, after the schema: every string that enters is well-formed
// text. Lone surrogates, NUL and other control characters are refused with 400 BAD_TEXT
// naming the field; tab, CR and newline pass only where the schema says `multiline: true`
// (notes, notice bodies: `Multiline()` in core/schemas). Names printed on posters, written
// to spreadsheets and SVG, or sent to PostgreSQL (which refuses NUL) are then safe by
// construction. Numbers beyond 2^53 are refused too: they do not round-trip to the database.
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'
import { Format, registerAjvFormats } from '@fastify/type-provider-typebox'
import type { TSchema } from 'typebox'
import { Compile } from 'typebox/compile'
import { Value } from 'typebox/value'
import { AppError, CommonErrors } from '../core/errors.js'
import { DATE_MAX, DATE_MIN } from '../core/schemas.js'

registerAjvFormats()

// Dates are real calendar dates within a sane range, for every `format: 'date'` of every route.
const isDate = Format.Get('date')!
const isDateTime = Format.Get('date-time')!
const inRange = (day: string) => day >= DATE_MIN && day <= DATE_MAX
Format.Set('date', (v) => isDate(v) && inRange(v))
Format.Set('date-time', (v) => isDateTime(v) && inRange(v.slice(0, 10)))

// C0 and C1 controls, DEL, non-characters and unpaired surrogates
const BAD_LINE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const BAD_MULTILINE =
  // eslint-disable-next-line no-control-regex -- as above
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

type Schema = Record<string, unknown> | undefined

/** The schemas that may describe `key` (an object's property or an array's item) of this one. */
function childSchemas(schema: Schema, key: string | number, isArray: boolean): Schema[] {
  if (!schema) return []
  const out: Schema[] = []
  for (const branch of ['anyOf', 'oneOf', 'allOf'] as const)
    if (Array.isArray(schema[branch]))
      for (const s of schema[branch] as Schema[]) out.push(...childSchemas(s, key, isArray))
  if (isArray) {
    if (Array.isArray(schema.prefixItems)) out.push((schema.prefixItems as Schema[])[Number(key)])
    if (schema.items && typeof schema.items === 'object') out.push(schema.items as Schema)
  } else {
    const props = schema.properties as Record<string, Schema> | undefined
    if (props && Object.hasOwn(props, key)) out.push(props[key])
    if (schema.additionalProperties && typeof schema.additionalProperties === 'object')
      out.push(schema.additionalProperties as Schema)
    if (schema.patternProperties) out.push(...Object.values(schema.patternProperties as object))
  }
  return out
}

const allowsMultiline = (schemas: Schema[]): boolean =>
  schemas.some(
    (s) =>
      s !== undefined &&
      (s.multiline === true ||
        (['anyOf', 'oneOf', 'allOf'] as const).some(
          (b) => Array.isArray(s[b]) && allowsMultiline(s[b] as Schema[]),
        )),
  )

interface Fault {
  path: string
  kind: 'text' | 'number' | 'depth'
}

/** No request of this API nests deeper; 10,000 levels would exhaust the stack of any walker. */
const MAX_DEPTH = 32

/**
 * The first string (or object key) in `value` that is not well-formed text, or number beyond
 * 2^53. `schemas` are those that may describe `value`: none means strict (no line breaks).
 */
export function findBadInput(
  value: unknown,
  schemas: Schema[] = [],
  path = '',
  depth = 0,
): Fault | undefined {
  if (typeof value === 'string')
    return (allowsMultiline(schemas) ? BAD_MULTILINE : BAD_LINE).test(value)
      ? { path, kind: 'text' }
      : undefined
  if (typeof value === 'number')
    return Number.isFinite(value) && Math.abs(value) <= Number.MAX_SAFE_INTEGER
      ? undefined
      : { path, kind: 'number' }
  if (typeof value !== 'object' || value === null || !isPlain(value)) return undefined
  if (depth >= MAX_DEPTH) return { path, kind: 'depth' }
  const isArray = Array.isArray(value)
  for (const [key, item] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key
    if (!isArray && BAD_LINE.test(key)) return { path: at, kind: 'text' }
    const found = findBadInput(
      item,
      schemas.flatMap((s) => childSchemas(s, isArray ? Number(key) : key, isArray)),
      at,
      depth + 1,
    )
    if (found) return found
  }
  return undefined
}

// data, not a stream (an upload's body) or bytes; a parsed query string's object has a
// prototype of its own, so "plain" cannot be told by the prototype
const isPlain = (v: object) => !ArrayBuffer.isView(v) && typeof (v as { pipe?: unknown }).pipe !== 'function'

/** The error for a fault: BAD_TEXT names the field; a huge number is a validation failure. */
export function badInputError(fault: Fault, part: string): AppError {
  const field = fault.path || part
  if (fault.kind === 'text') return new AppError(CommonErrors.BAD_TEXT, { field })
  const detail = fault.kind === 'depth' ? `${field} nested too deeply` : `${field} out of range`
  return new AppError(CommonErrors.VALIDATION_FAILED, { detail })
}

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema)
  const part = httpPart ?? 'body'
  // Most schemas allow line breaks nowhere: then the walk need not follow the schema.
  const guide = JSON.stringify(schema).includes('"multiline":true') ? [schema as Schema] : []
  return (value) => {
    const prepared = httpPart === 'body' ? value : Value.Default(schema, Value.Convert(schema, value))
    // broken text first: it is named as such even where the schema would refuse it too
    const fault = findBadInput(prepared, guide)
    if (fault) return { error: badInputError(fault, part) }
    if (!check.Check(prepared))
      return { error: check.Errors(prepared) as unknown as FastifySchemaValidationError[] }
    return { value: prepared }
  }
}
