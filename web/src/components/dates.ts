// The one date format of the browser apps: YYYY-MM-DD, times HH:mm (24 hours), in the given
// time zone (the deployment's) or the device's. Browser-safe and free of React and dayjs, so
// the light gate and resident pages use it as the admin app does.
type When = string | number | Date | null | undefined

const formatters = new Map<string, Intl.DateTimeFormat>()

function parts(value: Exclude<When, null | undefined>, timeZone?: string): Record<string, string> | null {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return null
  const key = timeZone ?? ''
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(key, f)
  }
  return Object.fromEntries(f.formatToParts(date).map((p) => [p.type, p.value]))
}

/** "2020-03-07", or '' for no value. */
export function formatDate(value: When, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return ''
  const p = parts(value, timeZone)
  return p ? `${p.year}-${p.month}-${p.day}` : ''
}

/** "2020-03-07 14:05", or '' for no value. */
export function formatDateTime(value: When, timeZone?: string): string {
  if (value === null || value === undefined || value === '') return ''
  const p = parts(value, timeZone)
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : ''
}
