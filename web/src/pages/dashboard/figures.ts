// The situation report's figures in the groups and order of the source case's table
// (DESIGN.md §1): publicity, screening, mobilisation, checkpoints, observation, care,
// hotline, social work.
import type { Result } from '../../api/client'
import type { dashboard } from './i18n.zh'

export type Report = Result<'get', '/api/v1/reports/situation'>
export type Trends = Result<'get', '/api/v1/reports/trends'>
export type Breakdown = Result<'get', '/api/v1/reports/breakdown'>
export type BreakdownRow = Breakdown['rows'][number]

type Figures = typeof dashboard.figures
export type Group = keyof Figures

export interface FigureGroup {
  group: Group
  figures: { key: string; value: number }[]
}

/** One group's figures, read from the part of the report that must hold every one of them. */
const pick = <G extends Group>(group: G, from: Record<keyof Figures[G], unknown>): FigureGroup => ({
  group,
  figures: (Object.keys(KEYS[group]) as (keyof Figures[G] & string)[]).map((key) => ({
    key,
    value: Number(from[key] ?? 0),
  })),
})

// the keys of each group, in the catalogue's order
const KEYS: { [G in Group]: Record<keyof Figures[G], true> } = {
  publicity: {
    banners: true,
    slogans: true,
    householdsVisited: true,
    peopleReached: true,
    posts: true,
    articles: true,
    chatGroups: true,
  },
  screening: { peopleScreened: true, phoneNumbersScreened: true, keyPersonsFiled: true },
  mobilisation: {
    partyMembers: true,
    dispatchedCadres: true,
    volunteers: true,
    socialWorkers: true,
    medics: true,
  },
  checkpoints: { village: true, community: true, road: true, compound: true },
  observation: { cumulative: true, released: true, current: true, newToday: true, releasedToday: true },
  passages: { total: true, today: true, fevers: true, denied: true },
  care: { households: true, times: true },
  hotline: { calls: true, callsToday: true, referrals: true },
  socialWork: { offline: true, phone: true, online: true, beneficiaries: true },
}

export function figureGroups(r: Report): FigureGroup[] {
  return [
    pick('publicity', r.publicity),
    pick('screening', r),
    pick('mobilisation', r),
    pick('checkpoints', r.checkpoints),
    pick('observation', r.observation),
    pick('passages', r.passages),
    pick('care', r.care),
    pick('hotline', r.hotline),
    pick('socialWork', r.socialWork),
  ]
}

/** 头条: the figures a commander reads first, each with its change since the day before. */
export interface Headline {
  key: 'observing' | 'newToday' | 'releasedToday' | 'feverAlerts' | 'passagesToday' | 'keyPersonsFiled'
  value: number
  change: number | null
}

export function headlines(r: Report, previous: Report | undefined, trends: Trends | undefined): Headline[] {
  const days = trends?.days ?? []
  const last = days[days.length - 1]
  const before = days[days.length - 2]
  const pair = (key: Headline['key'], of: (x: Report) => number): Headline => ({
    key,
    value: of(r),
    change: previous ? of(r) - of(previous) : null,
  })
  return [
    pair('observing', (x) => x.observation.current),
    pair('newToday', (x) => x.observation.newToday),
    pair('releasedToday', (x) => x.observation.releasedToday),
    {
      key: 'feverAlerts',
      value: last?.alerts.fever ?? 0,
      change: last && before ? last.alerts.fever - before.alerts.fever : null,
    },
    pair('passagesToday', (x) => x.passages.today),
    pair('keyPersonsFiled', (x) => x.keyPersonsFiled),
  ]
}
