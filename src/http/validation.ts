// Request validation with TypeBox: bodies are checked as sent (a number is not a string),
// query strings and params are converted from text and get their defaults.
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify'
import { registerAjvFormats } from '@fastify/type-provider-typebox'
import type { TSchema } from 'typebox'
import { Compile } from 'typebox/compile'
import { Value } from 'typebox/value'

registerAjvFormats()

export const validatorCompiler: FastifySchemaCompiler<TSchema> = ({ schema, httpPart }) => {
  const check = Compile(schema)
  return (value) => {
    const prepared = httpPart === 'body' ? value : Value.Default(schema, Value.Convert(schema, value))
    if (check.Check(prepared)) return { value: prepared }
    return { error: check.Errors(prepared) as unknown as FastifySchemaValidationError[] }
  }
}
