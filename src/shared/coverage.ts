// 覆盖缺口 coverage gaps: pure interval arithmetic shared by every 24 h roster (hotline
// experts, checkpoints) and by the browser, so it imports nothing and touches no clock.

/** A half-open span [from, to) in epoch milliseconds. */
export interface Interval {
  from: number
  to: number
}

/** The parts of `window` that no interval covers, in time order; overlapping shifts are fine. */
export function uncoveredIntervals(intervals: readonly Interval[], window: Interval): Interval[] {
  const sorted = intervals
    .filter((i) => i.to > window.from && i.from < window.to && i.to > i.from)
    .sort((a, b) => a.from - b.from)
  const gaps: Interval[] = []
  let covered = window.from
  for (const i of sorted) {
    if (i.from > covered) gaps.push({ from: covered, to: Math.min(i.from, window.to) })
    covered = Math.max(covered, i.to)
    if (covered >= window.to) break
  }
  if (covered < window.to) gaps.push({ from: covered, to: window.to })
  return gaps
}

/** Total length of the spans, in milliseconds. */
export const totalLength = (spans: readonly Interval[]) => spans.reduce((sum, s) => sum + (s.to - s.from), 0)
