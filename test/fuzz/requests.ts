// Malformed requests made from the OpenAPI document: for an operation, a body, query and path
// built from its schemas and then broken (wrong types, missing and extra fields, 100 KB strings,
// 10,000-deep JSON, NUL bytes, lone surrogates, huge numbers, impossible dates, bad ids, wrong
// content types). A seeded PRNG makes a run reproducible.
type Schema = Record<string, unknown>

export interface Operation {
  method: string
  /** OpenAPI path, `{id}` for parameters */
  path: string
  query: Schema[]
  pathParams: string[]
  body?: Schema
}

export interface FuzzRequest {
  method: string
  url: string
  headers: Record<string, string>
  body?: string | Buffer
  /** a short description, to reproduce */
  what: string
}

/** mulberry32: small, fast and good enough to pick cases; the same seed gives the same run. */
export function prng(seed: number) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
  }
}
export type Rng = ReturnType<typeof prng>

/** The operations of an OpenAPI 3 document. */
export function operationsOf(doc: { paths: Record<string, Record<string, Schema>> }): Operation[] {
  const ops: Operation[] = []
  for (const [p, methods] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue
      const params = (op.parameters ?? []) as {
        in: string
        name: string
        schema?: Schema
        required?: boolean
      }[]
      const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
        ?.content
      ops.push({
        method: method.toUpperCase(),
        path: p,
        query: params
          .filter((x) => x.in === 'query')
          .map((x) => ({ ...x.schema, name: x.name, required: x.required })),
        pathParams: params.filter((x) => x.in === 'path').map((x) => x.name),
        body: content?.['application/json']?.schema,
      })
    }
  return ops
}

const HOSTILE_STRINGS = [
  '',
  '\u0000',
  'a\u0000b',
  '\u0001名字',
  '\ud800',
  'x\udc00y',
  '\u202e反转',
  '\ufeff',
  '\uffff',
  '<script>&"\'</script>',
  "'; drop table region; --",
  '%00',
  '../../etc/passwd',
  '9999-12-31',
  '0000-00-00',
  '2026-02-30',
  '2026-13-01T25:61:61Z',
  '-1',
  '1e308',
  'NaN',
  'null',
  '😷'.repeat(50),
  '\n\r\t',
]
const HOSTILE_NUMBERS = [1e308, -1e308, 0, -1, -0, 2 ** 53 + 2, 1.5, 9_999_999_999, Number.MAX_SAFE_INTEGER]

/** A value of the schema's shape, using real ids where a string looks like one. */
export function sample(schema: Schema | undefined, rng: Rng, ids: string[], depth = 0): unknown {
  if (!schema || depth > 6) return null
  if ('const' in schema) return schema.const
  if (Array.isArray(schema.enum)) return rng.pick(schema.enum)
  for (const key of ['anyOf', 'oneOf'] as const)
    if (Array.isArray(schema[key])) return sample(rng.pick(schema[key] as Schema[]), rng, ids, depth + 1)
  switch (schema.type) {
    case 'object': {
      const props = (schema.properties ?? {}) as Record<string, Schema>
      const required = (schema.required ?? []) as string[]
      return Object.fromEntries(
        Object.keys(props)
          .filter((k) => required.includes(k) || rng.chance(0.5))
          .map((k) => [k, sample(props[k], rng, ids, depth + 1)]),
      )
    }
    case 'array':
      return Array.from({ length: Math.max(Number(schema.minItems ?? 0), rng.int(3)) }, () =>
        sample(schema.items as Schema, rng, ids, depth + 1),
      )
    case 'integer':
    case 'number': {
      const min = Number(schema.minimum ?? 0)
      const max = Number(schema.maximum ?? min + 100)
      const n = min + rng.next() * (max - min)
      return schema.type === 'integer' ? Math.round(n) : n
    }
    case 'boolean':
      return rng.chance(0.5)
    case 'string':
      if (schema.format === 'date') return `2026-0${1 + rng.int(9)}-1${rng.int(10)}`
      if (schema.format === 'date-time')
        return new Date(Date.UTC(2026, rng.int(12), 1 + rng.int(28))).toISOString()
      if (schema.pattern || rng.chance(0.3)) return rng.pick(ids)
      return 'x'.repeat(Math.max(Number(schema.minLength ?? 1), 1 + rng.int(8)))
    default:
      return null
  }
}

/** A hostile value of any kind. */
function hostile(rng: Rng, ids: string[]): unknown {
  switch (rng.int(9)) {
    case 0:
      return rng.pick(HOSTILE_STRINGS)
    case 1:
      return rng.pick(HOSTILE_NUMBERS)
    case 2:
      return 'x'.repeat(100_000)
    case 3:
      return [rng.pick(HOSTILE_STRINGS), {}, null]
    case 4:
      return { nested: { a: rng.pick(HOSTILE_STRINGS) } }
    case 5:
      return rng.chance(0.5) ? true : null
    case 6:
      return rng.pick(ids) + rng.pick(['', '\u0000', 'x', '/..'])
    case 7:
      return rng.pick(HOSTILE_STRINGS) + rng.pick(ids)
    default:
      return rng.pick(['1e308', '-1', '0', '99999999999999999999', '2026-02-29', '1899-12-31'])
  }
}

/** Breaks a value: one field replaced, removed or added, or the whole replaced. */
function mutate(value: unknown, rng: Rng, ids: string[]): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value) && rng.chance(0.8)) {
    const obj = { ...(value as Record<string, unknown>) }
    const keys = Object.keys(obj)
    const r = rng.int(4)
    if (r === 0 && keys.length) delete obj[rng.pick(keys)]
    else if (r === 1)
      obj[rng.pick(['admin', '__proto__x', 'constructor', 'extra\u0000', 'x'.repeat(300)])] = hostile(
        rng,
        ids,
      )
    else if (keys.length) obj[rng.pick(keys)] = mutate(obj[rng.pick(keys)], rng, ids)
    else obj.extra = hostile(rng, ids)
    return obj
  }
  return hostile(rng, ids)
}

const deepJson = (n: number) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)

/** JSON with lone surrogates and NUL written as escapes (JSON.stringify would escape them anyway). */
const jsonText = (v: unknown) => JSON.stringify(v) ?? 'null'

function queryString(op: Operation, rng: Rng, ids: string[]): string {
  const params = new URLSearchParams()
  for (const q of op.query) {
    if (!q.required && rng.chance(0.5)) continue
    let v = sample(q, rng, ids)
    if (rng.chance(0.3)) v = hostile(rng, ids)
    params.set(String(q.name), typeof v === 'string' ? v : jsonText(v).replace(/^"|"$/g, ''))
  }
  if (rng.chance(0.1)) params.set('page', rng.pick(['1e308', '-5', '0', '99999999999', 'x']))
  if (rng.chance(0.1)) params.set(rng.pick(['extra', '__proto__', 'q\u0000']), String(hostile(rng, ids)))
  const s = params.toString()
  return s ? `?${s}` : ''
}

function pathOf(op: Operation, rng: Rng, ids: string[]): string {
  return op.path.replace(/\{(\w+)\}/g, () => {
    const id = rng.chance(0.6)
      ? rng.pick(ids)
      : rng.pick([
          '',
          '%00',
          '..%2F..',
          '%E0%A4%A',
          'x'.repeat(200),
          '%F0%9F%98%B7',
          'a%20b',
          '-',
          '0',
          rng.pick(ids) + '%00',
        ])
    return id === '' ? '%20' : id.includes('%') ? id : encodeURIComponent(id)
  })
}

/** One malformed request for this operation. */
export function makeRequest(op: Operation, rng: Rng, ids: string[]): FuzzRequest {
  const url = pathOf(op, rng, ids) + queryString(op, rng, ids)
  const headers: Record<string, string> = {}
  let body: string | Buffer | undefined
  let what = 'sample'
  if (op.method !== 'GET' && op.method !== 'DELETE') {
    const r = rng.int(10)
    const valid = sample(op.body, rng, ids)
    headers['content-type'] = 'application/json'
    if (r <= 4) {
      body = jsonText(rng.chance(0.2) ? valid : mutate(valid, rng, ids))
      what = 'mutated JSON'
    } else if (r === 5) {
      body = deepJson(10_000)
      what = 'deep JSON'
    } else if (r === 6) {
      body = rng.pick(['{', '{"a":1,}', '\u0000', '[1,2', '"\\ud800"', 'null', '1e999', ''])
      what = 'broken JSON'
    } else if (r === 7) {
      headers['content-type'] = rng.pick([
        'text/plain',
        'application/x-www-form-urlencoded',
        'multipart/form-data; boundary=x',
        'application/octet-stream',
        'application/json; charset=latin1',
        'image/png',
      ])
      body = rng.chance(0.5) ? jsonText(valid) : Buffer.from([0xff, 0xfe, 0x00, 0x41])
      what = `content type ${headers['content-type']}`
    } else if (r === 8) {
      delete headers['content-type']
      body = rng.chance(0.5) ? jsonText(valid) : undefined
      what = 'no content type'
    } else {
      body = jsonText(valid).replace(/"([^"\\]{0,20})"/, (_m, s: string) => `"${s}\\u0000\\ud800"`)
      what = 'NUL and a lone surrogate in a string'
    }
  }
  return { method: op.method, url, headers, body, what }
}

/** What an answer must never show: a stack trace or SQL. */
export function leak(body: string): string | undefined {
  const patterns: [RegExp, string][] = [
    [/\n\s+at .+:\d+:\d+/, 'stack trace'],
    [/node_modules|\/src\/[a-z-]+\/.+\.ts/, 'source path'],
    [/SQLITE_|sqlite3|better-sqlite/i, 'SQLite error'],
    [
      /syntax error at or near|invalid input syntax|violates .* constraint|relation "|column "/i,
      'PostgreSQL error',
    ],
    [/\b(select|insert into|update|delete from)\b[^"]{0,40}\b(from|values|set|where)\b/i, 'SQL text'],
  ]
  for (const [re, name] of patterns) if (re.test(body)) return name
  return undefined
}
