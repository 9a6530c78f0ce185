/** Copies text; falls back to the copy command where the Clipboard API is missing (plain HTTP on a LAN). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text)
      return true
    }
  } catch {
    // fall through to the copy command
  }
  const onCopy = (event: ClipboardEvent) => {
    event.preventDefault()
    event.clipboardData?.setData('text/plain', text)
  }
  document.addEventListener('copy', onCopy)
  try {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only copy that works without HTTPS
    return document.execCommand('copy')
  } finally {
    document.removeEventListener('copy', onCopy)
  }
}
