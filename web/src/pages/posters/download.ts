// A GET download that shows an API error as a message instead of leaving the page for a
// JSON answer (no CJK font on the server, too many posters), named as the server names it.
import { ApiError } from '../../api/client'
import { i18n } from '../../i18n'

/** The file name of a Content-Disposition header, the RFC 5987 UTF-8 one first. */
export function fileNameOf(header: string | null, fallback: string): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1]
  if (utf8) return decodeURIComponent(utf8)
  return /filename="([^"]+)"/i.exec(header ?? '')?.[1] ?? fallback
}

export async function downloadGet(url: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { 'Accept-Language': i18n.language } })
  if (!res.ok) {
    const data = (await res.json().catch(() => undefined)) as
      { error?: { code: string; message: string } } | undefined
    throw new ApiError(res.status, data?.error?.code ?? 'INTERNAL', data?.error?.message ?? res.statusText)
  }
  const href = URL.createObjectURL(await res.blob())
  const a = document.createElement('a')
  a.href = href
  a.download = fileNameOf(res.headers.get('content-disposition'), url.split('/').pop() ?? 'poster')
  a.click()
  setTimeout(() => URL.revokeObjectURL(href), 10_000)
}
