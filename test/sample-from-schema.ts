// The smallest value that a JSON schema accepts: lets the permission walk send a valid body
// or query to any route, so that the scope check (404) is reached and not validation (400).
type Schema = Record<string, unknown>

export function sampleFromSchema(schema: Schema | undefined, id: string): unknown {
  if (!schema) return undefined
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return schema.enum[0]
  for (const key of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(schema[key])) return sampleFromSchema((schema[key] as Schema[])[0], id)
  if ('default' in schema) return schema.default
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>
      const required = [...((schema.required ?? []) as string[])]
      // minProperties: take optional properties in order until there are enough
      for (const k of Object.keys(props))
        if (required.length < Number(schema.minProperties ?? 0) && !required.includes(k)) required.push(k)
      return Object.fromEntries(required.map((k) => [k, sampleFromSchema(props[k], id)]))
    }
    case 'array':
      return Array.from({ length: Number(schema.minItems ?? 0) }, () =>
        sampleFromSchema(schema.items as Schema, id),
      )
    case 'integer':
    case 'number':
      return (
        Number(schema.minimum ?? schema.exclusiveMinimum ?? 0) +
        (schema.exclusiveMinimum !== undefined ? 1 : 0)
      )
    case 'boolean':
      return false
    case 'string':
      return sampleString(schema, id)
    default:
      return null
  }
}

function sampleString(schema: Schema, id: string): string {
  if (schema.format === 'date') return '2020-02-01'
  if (schema.format === 'date-time') return '2020-02-01T08:00:00.000Z'
  if (schema.format === 'uuid') return id
  const min = Number(schema.minLength ?? 0)
  // Ids of records are the most common required strings: the sample record's id fits.
  if (!schema.pattern || new RegExp(String(schema.pattern)).test(id))
    return id.length >= min ? id : id.padEnd(min, 'x')
  return 'x'.repeat(Math.max(min, 1))
}
