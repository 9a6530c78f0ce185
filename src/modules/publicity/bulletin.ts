// 每日通报 the daily bulletin on the public community page: newly observed people today and
// the compounds they live in, released today, still observed. Counts only, from the
// observations module's counts; nothing here ever reads a person.
//
// 隐私 small counts: a count below the threshold (default 3) is shown as "少于3人", never as
// the number. When exactly one compound is hidden, the exact total would give it away by
// subtraction, so the total is then shown as a lower bound ("不少于…人"). Known limit: across
// days, yesterday's "still observed" can still narrow today's figures; only same-page
// subtraction is ruled out.
import type { Db } from '../../db/db.js'
import { observationCounts } from '../observations/index.js'

export const DEFAULT_MIN_COUNT = 3

/** What the bulletin needs from the observation records; `observationCounts` is one. */
export interface BulletinFigures {
  newToday: number
  releasedToday: number
  current: number
  compounds: { regionId: string; name: string; newToday: number }[]
}
export type BulletinSource = (db: Db, q: { asOf: string; withinPath: string }) => Promise<BulletinFigures>

export const observationBulletinSource: BulletinSource = observationCounts

export interface PublicBulletin {
  date: string
  newToday: string
  releasedToday: string
  current: string
  compounds: { name: string; newToday: string }[]
  minCount: number
}

/** A count as the public may see it: "无", "少于3人" or "12人". */
export function showCount(n: number, minCount: number): string {
  if (n <= 0) return '无'
  return n < minCount ? `少于${minCount}人` : `${n}人`
}

const hidden = (n: number, minCount: number) => n > 0 && n < minCount

/** Turns raw figures into the strings the page shows; the raw numbers never leave this function. */
export function publicBulletin(
  date: string,
  f: BulletinFigures,
  minCount = DEFAULT_MIN_COUNT,
): PublicBulletin {
  const compounds = f.compounds
    .filter((c) => c.newToday > 0)
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  const hiddenCompounds = compounds.filter((c) => hidden(c.newToday, minCount)).length
  const shownSum = compounds.filter((c) => !hidden(c.newToday, minCount)).reduce((s, c) => s + c.newToday, 0)
  // The exact total (and the exact "still observed", which grows by the same people) would
  // give a single hidden compound away by subtraction: show both as lower bounds then.
  const giveaway = hiddenCompounds === 1 && !hidden(f.newToday, minCount)
  const newLowerBound = Math.max(shownSum, minCount)
  const newToday = giveaway ? `不少于${newLowerBound}人` : showCount(f.newToday, minCount)
  const current = giveaway
    ? `不少于${Math.max(minCount, f.current - (f.newToday - newLowerBound))}人`
    : showCount(f.current, minCount)
  return {
    date,
    newToday,
    releasedToday: showCount(f.releasedToday, minCount),
    current,
    compounds: compounds.map((c) => ({ name: c.name, newToday: showCount(c.newToday, minCount) })),
    minCount,
  }
}

export async function dailyBulletin(
  db: Db,
  q: { date: string; withinPath: string; minCount?: number; source?: BulletinSource },
): Promise<PublicBulletin> {
  const source = q.source ?? observationBulletinSource
  const figures = await source(db, { asOf: q.date, withinPath: q.withinPath })
  return publicBulletin(q.date, figures, q.minCount)
}
