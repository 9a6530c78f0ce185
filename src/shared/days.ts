// Days and slot hours in the deployment's time zone (default Asia/Shanghai). Observation
// days, the am/pm slots of the rounds and "today" in the counts are local, whatever the
// server's own zone; stored instants stay UTC.
// Browser-safe: the gate and resident pages use it too.

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string) {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** Milliseconds the zone is ahead of UTC at this instant, asked of Intl (slow: ~10 µs). */
function measuredOffset(ms: number, timeZone: string): number {
  const p = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(ms)
      .map((x) => [x.type, x.value]),
  )
  return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second) - Math.floor(ms / 1000) * 1000
}

// Offsets change at most a few times a year, so one measured at both ends of a quarter of an
// hour holds inside it: the replay and the reports ask for millions of local dates.
const QUARTER = 900_000
const offsets = new Map<string, number>()

/** Milliseconds the zone is ahead of UTC at this instant. */
function offsetAt(ms: number, timeZone: string): number {
  const from = Math.floor(ms / QUARTER) * QUARTER
  const key = `${timeZone} ${from}`
  const known = offsets.get(key)
  if (known !== undefined) return known
  const offset = measuredOffset(from, timeZone)
  if (offset !== measuredOffset(from + QUARTER - 1, timeZone)) return measuredOffset(ms, timeZone)
  if (offsets.size >= 100_000) offsets.clear()
  offsets.set(key, offset)
  return offset
}

function partsIn(ms: number, timeZone: string) {
  const t = new Date(Math.floor(ms / 1000) * 1000 + offsetAt(ms, timeZone))
  return {
    y: t.getUTCFullYear(),
    m: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    min: t.getUTCMinutes(),
    s: t.getUTCSeconds(),
  }
}

/** The instant at which local `date` (YYYY-MM-DD) reaches `hour` (0–24, may be fractional). */
export function localInstant(date: string, hour: number, timeZone: string): number {
  const [y, m, d] = date.split('-').map(Number)
  const guess = Date.UTC(y, m - 1, d) + hour * 3_600_000
  const first = guess - offsetAt(guess, timeZone)
  // a second pass settles days on which the offset changes (summer time elsewhere)
  return guess - offsetAt(first, timeZone)
}

/** The local calendar date (YYYY-MM-DD) of an instant. */
export function localDate(ms: number, timeZone: string): string {
  const p = partsIn(ms, timeZone)
  return `${p.y}-${String(p.m).padStart(2, '0')}-${String(p.d).padStart(2, '0')}`
}

/** Local hour of the day as a fraction (8.5 = 08:30). */
export function localHour(ms: number, timeZone: string): number {
  const p = partsIn(ms, timeZone)
  return p.h + p.min / 60
}

/** YYYY-MM-DD plus n days (calendar arithmetic, no zone involved). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (both YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000)
}

export const iso = (ms: number) => new Date(ms).toISOString()

/** The instant local midnight of `date` (YYYY-MM-DD) begins. */
export const dayStart = (date: string, timeZone: string): number => localInstant(date, 0, timeZone)

/** The ISO instant at which local `date` ends (the next local midnight): "as of" a day, exclusive. */
export const endOfDayIso = (date: string, timeZone: string): string =>
  iso(localInstant(addDays(date, 1), 0, timeZone))
