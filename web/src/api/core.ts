// The one way the browser apps talk to the server: JSON calls, files sent as the request body
// and files received as downloads. `failure` is the one place an answer's
// {error:{code,message}} (or no answer at all) becomes the ApiError the pages show.
// No React and no Ant Design: the light gate and resident apps use it too. client.ts types
// it from the OpenAPI document.

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

let language: () => string | undefined = () => undefined
const unauthenticatedListeners = new Set<() => void>()

/** Server messages come back in this language (the UI's); without one the server picks. */
export function setApiLanguage(lang: string | (() => string | undefined)) {
  language = typeof lang === 'function' ? lang : () => lang
}

/** Called when a JSON call answers 401: the session is gone. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener)
  return () => unauthenticatedListeners.delete(listener)
}

/** A call's parts: values for the `{name}`s of the path template, the query, a JSON body. */
export interface Call {
  path?: Record<string, string | number>
  query?: Record<string, string | number | boolean | null | undefined>
  body?: unknown
}

export function urlOf(template: string, { path = {}, query = {} }: Call = {}): string {
  const url = template.replace(/\{(\w+)\}/g, (_, key: string) => encodeURIComponent(String(path[key])))
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  const qs = search.toString()
  return qs ? `${url}?${qs}` : url
}

/** What a failed answer means: the server's own code and message, else one from the status. */
async function failure(res: Response): Promise<ApiError> {
  const data = (await res.json().catch(() => undefined)) as
    { error?: { code?: string; message?: string } } | undefined
  const code = data?.error?.code ?? (res.status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED')
  return new ApiError(res.status, code, data?.error?.message ?? (res.statusText || String(res.status)))
}

interface Send {
  body?: BodyInit
  type?: string
  accept?: string
}

/** One request; an answer that is not 2xx, or no answer, throws an ApiError. */
async function send(method: string, url: string, { body, type, accept }: Send): Promise<Response> {
  const lang = language()
  let res: Response
  try {
    res = await fetch(url, {
      method: method.toUpperCase(),
      credentials: 'same-origin',
      headers: {
        ...(accept && { Accept: accept }),
        ...(lang && { 'Accept-Language': lang }),
        ...(type && { 'Content-Type': type }),
      },
      body,
    })
  } catch (e) {
    // the browser's own words ("Failed to fetch"): the light apps show them as they are
    throw new ApiError(0, 'NETWORK', (e instanceof Error && e.message) || 'network error')
  }
  if (!res.ok) throw await failure(res)
  return res
}

const json = (body: unknown) =>
  body === undefined ? {} : { body: JSON.stringify(body), type: 'application/json' }

/** A JSON call; its answer parsed (undefined when empty). */
export async function requestJson(method: string, template: string, call: Call = {}): Promise<unknown> {
  let res: Response
  try {
    res = await send(method, urlOf(template, call), { ...json(call.body), accept: 'application/json' })
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) unauthenticatedListeners.forEach((listener) => listener())
    throw e
  }
  const text = await res.text()
  try {
    return text ? (JSON.parse(text) as unknown) : undefined
  } catch {
    return undefined
  }
}

/** A file sent as the raw request body (a roster to import, say); the JSON answer. */
export async function upload(template: string, file: Blob, call: Call = {}): Promise<unknown> {
  const res = await send('post', urlOf(template, call), {
    body: file,
    type: 'application/octet-stream',
    accept: 'application/json',
  })
  return res.json()
}

/** The file name of a Content-Disposition header, the RFC 5987 UTF-8 one first. */
export function fileNameOf(header: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1]
  if (utf8) return decodeURIComponent(utf8)
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback
}

/**
 * Saves the answer as a file, named `fileName`, else as the server names it, else after the
 * URL. An error stays on the page as an ApiError instead of leaving it for a JSON answer.
 */
export async function download(method: string, template: string, call: Call = {}, fileName?: string) {
  const url = urlOf(template, call)
  const res = await send(method, url, json(call.body))
  const name =
    fileName ??
    fileNameOf(res.headers.get('content-disposition'), url.split('?')[0].split('/').pop() ?? 'file')
  const href = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = href
  a.download = name
  a.click()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
