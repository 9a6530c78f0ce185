// Binary transfers the JSON client does not do: a roster sent as the raw request body, and
// a workbook received as a download.
import { ApiError } from '../../api/client'

async function failure(res: Response): Promise<ApiError> {
  const data = (await res.json().catch(() => undefined)) as
    { error?: { code: string; message: string } } | undefined
  return new ApiError(res.status, data?.error?.code ?? 'INTERNAL', data?.error?.message ?? res.statusText)
}

export async function uploadFile<T>(
  url: string,
  file: File,
  query: Record<string, string | undefined>,
): Promise<T> {
  const qs = new URLSearchParams(
    Object.entries(query).filter((e): e is [string, string] => !!e[1]),
  ).toString()
  const res = await fetch(`${url}?${qs}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream', Accept: 'application/json' },
    body: file,
  })
  if (!res.ok) throw await failure(res)
  return (await res.json()) as T
}

/** POSTs JSON and saves the answer as a file. */
export async function downloadPost(url: string, body: unknown, fileName: string): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!res.ok) throw await failure(res)
  const href = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = href
  a.download = fileName
  a.click()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
