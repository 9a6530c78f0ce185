// The typed API client every page uses. Paths, parameters, bodies and results all come from
// openapi.d.ts (generated from the server's OpenAPI document by scripts/gen-api-types.ts):
// a route that changes on the server fails the web typecheck, so the build, not the user.
import type { paths } from './openapi'

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete'
type Defined<T> = Exclude<T, undefined>
type IsNever<T> = [T] extends [never] ? true : false

/** The API paths that have an operation for this method. */
export type PathFor<M extends Method> = {
  [P in keyof paths]: IsNever<Defined<paths[P][M]>> extends true ? never : P
}[keyof paths]
export type Operation<M extends Method, P extends PathFor<M>> = Defined<paths[P][M]>

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : undefined
type Success<R> = { [S in keyof R]: S extends 200 | 201 | 204 ? Json<R[S]> : never }[keyof R]
type Params<O> = O extends { parameters: infer P } ? P : never
type PathParams<O> = Params<O> extends { path: infer X } ? X : never
type QueryParams<O> =
  Params<O> extends { query: infer X } ? X : Params<O> extends { query?: infer X } ? X : never
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B | undefined
    : never
type Field<K extends string, T> =
  IsNever<Defined<T>> extends true
    ? { [_ in K]?: never }
    : object extends Defined<T>
      ? { [_ in K]?: Defined<T> }
      : { [_ in K]: Defined<T> }

/** What a call takes: `path` parameters, `query` and a JSON `body`, each only where the route has one. */
export type Options<O> = Field<'path', PathParams<O>> &
  Field<'query', QueryParams<O>> &
  Field<'body', BodyOf<O>>
export type Result<M extends Method, P extends PathFor<M>> = Success<Operation<M, P>['responses']>
export type Body<M extends Method, P extends PathFor<M>> = Defined<BodyOf<Operation<M, P>>>
export type Query<M extends Method, P extends PathFor<M>> = Defined<QueryParams<Operation<M, P>>>
type Args<O> = object extends Options<O> ? [options?: Options<O>] : [options: Options<O>]

/** An error answered by the API ({error:{code,message}}), or NETWORK when there was no answer. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

let language = 'zh-CN'
const unauthenticatedListeners = new Set<() => void>()

/** Server messages come back in the UI language. */
export const setApiLanguage = (lang: string) => void (language = lang)

/** Called when any request answers 401: the session is gone. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener)
  return () => unauthenticatedListeners.delete(listener)
}

interface RawOptions {
  path?: Record<string, string | number>
  query?: Record<string, string | number | boolean | null | undefined>
  body?: unknown
}

function urlOf(template: string, { path = {}, query = {} }: RawOptions): string {
  const url = template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(path[key])))
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  const qs = search.toString()
  return qs ? `${url}?${qs}` : url
}

async function request(method: Method, template: string, options: RawOptions = {}): Promise<unknown> {
  const hasBody = options.body !== undefined
  let res: Response
  try {
    res = await fetch(urlOf(template, options), {
      method: method.toUpperCase(),
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        'Accept-Language': language,
        ...(hasBody && { 'Content-Type': 'application/json' }),
      },
      body: hasBody ? JSON.stringify(options.body) : undefined,
    })
  } catch {
    throw new ApiError(0, 'NETWORK', 'network error')
  }
  const text = await res.text()
  let data: unknown
  try {
    data = text ? JSON.parse(text) : undefined
  } catch {
    data = undefined
  }
  if (res.ok) return data
  const error = (data as { error?: { code?: string; message?: string } } | undefined)?.error
  const code = error?.code ?? (res.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED')
  if (res.status === 401) unauthenticatedListeners.forEach((listener) => listener())
  throw new ApiError(res.status, code, error?.message ?? res.statusText)
}

const call =
  <M extends Method>(method: M) =>
  <P extends PathFor<M>>(path: P, ...[options]: Args<Operation<M, P>>): Promise<Result<M, P>> =>
    request(method, path, options as RawOptions) as Promise<Result<M, P>>

export const api = {
  get: call('get'),
  post: call('post'),
  patch: call('patch'),
  put: call('put'),
  delete: call('delete'),
}
