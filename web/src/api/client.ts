// The typed API client every app uses (admin, gate, resident). Paths, parameters, bodies and
// results all come from openapi.d.ts (generated from the server's OpenAPI document by
// scripts/gen-api-types.ts): a route that changes on the server fails the web typecheck, so
// the build, not the user. The requests themselves, and their errors, are core.ts's.
import { download, requestJson, upload, type Call } from './core'
import type { paths } from './openapi'

export { ApiError, onUnauthenticated, setApiLanguage } from './core'

export type Method = 'get' | 'post' | 'patch' | 'put' | 'delete'
type Defined<T> = Exclude<T, undefined>
type IsNever<T> = [T] extends [never] ? true : false

/** The API paths that have an operation for this method. */
export type PathFor<M extends Method> = {
  [P in keyof paths]: IsNever<Defined<paths[P][M]>> extends true ? never : P
}[keyof paths]
export type Operation<M extends Method, P extends PathFor<M>> = Defined<paths[P][M]>

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : undefined
type Success<R> = { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? Json<R[S]> : never }[keyof R]
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

const call =
  <M extends Method>(method: M) =>
  <P extends PathFor<M>>(path: P, ...[options]: Args<Operation<M, P>>): Promise<Result<M, P>> =>
    requestJson(method, path, options as Call) as Promise<Result<M, P>>

export const api = {
  get: call('get'),
  post: call('post'),
  patch: call('patch'),
  put: call('put'),
  delete: call('delete'),
  /** A file sent as the raw request body (`query` as the route takes it); the typed answer. */
  upload: <P extends PathFor<'post'>>(
    path: P,
    file: Blob,
    ...[options]: Args<Operation<'post', P>>
  ): Promise<Result<'post', P>> => upload(path, file, options as Call) as Promise<Result<'post', P>>,
  /** Saves the answer as a file: `fileName`, else the server's name for it. */
  download: <M extends 'get' | 'post', P extends PathFor<M>>(
    method: M,
    path: P,
    options: Options<Operation<M, P>>,
    fileName?: string,
  ): Promise<void> => download(method, path, options as Call, fileName),
}
