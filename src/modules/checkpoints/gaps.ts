// Pure interval arithmetic for rosters: what part of a window no shift covers.

export interface Interval {
  from: number
  to: number
}

/** Parts of [from, to) covered by no interval, in order. */
export function findGaps(shifts: Interval[], from: number, to: number): Interval[] {
  const sorted = [...shifts].sort((a, b) => a.from - b.from)
  const gaps: Interval[] = []
  let covered = from
  for (const s of sorted) {
    if (s.to <= covered) continue
    if (s.from > covered) gaps.push({ from: covered, to: Math.min(s.from, to) })
    covered = Math.max(covered, s.to)
    if (covered >= to) break
  }
  if (covered < to) gaps.push({ from: covered, to })
  return gaps.filter((g) => g.to > g.from)
}

const HOUR = 3_600_000

/** Start of every hour in [from, to) that a gap touches, even for a minute. */
export function uncoveredHours(gaps: Interval[], from: number, to: number): number[] {
  const hours: number[] = []
  let i = 0
  for (let h = from; h < to; h += HOUR) {
    while (i < gaps.length && gaps[i].to <= h) i++
    if (i < gaps.length && gaps[i].from < h + HOUR) hours.push(h)
  }
  return hours
}
