// The situation report's figures in the groups and order of the source case's table
// (DESIGN.md §1): publicity, screening, mobilisation, checkpoints, observation, care,
// hotline, social work.
import type { Result } from '../../api/client'
import type { dashboard } from './i18n.zh'

export type Report = Result<'get', '/api/v1/reports/situation'>
export type Trends = Result<'get', '/api/v1/reports/trends'>

type Figures = typeof dashboard.figures
export type Group = keyof Figures

export interface FigureGroup {
  group: Group
  figures: { key: string; value: number }[]
}

const pick = (group: Group, from: object): FigureGroup => ({
  group,
  figures: Object.keys(KEYS[group]).map((key) => ({
    key,
    value: Number((from as Record<string, unknown>)[key] ?? 0),
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
  screening: { people_screened: true, phone_numbers_screened: true, key_persons_filed: true },
  mobilisation: {
    party_members: true,
    dispatched_cadres: true,
    volunteers: true,
    social_workers: true,
    medics: true,
  },
  checkpoints: { village: true, community: true, road: true, compound: true },
  observation: { cumulative: true, released: true, current: true, new_today: true, released_today: true },
  care: { households: true, times: true },
  hotline: { calls: true, calls_today: true, referrals: true },
  socialWork: { offline: true, phone: true, online: true, beneficiaries: true },
}

export function figureGroups(r: Report): FigureGroup[] {
  return [
    pick('publicity', r.publicity),
    pick('screening', r),
    pick('mobilisation', r),
    pick('checkpoints', r.checkpoints),
    pick('observation', r.observation),
    pick('care', r.care),
    pick('hotline', r.hotline),
    pick('socialWork', r.social_work),
  ]
}
