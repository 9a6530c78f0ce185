import type { Role } from '../api/types'

// The side menu in the sections of the work (about thirty pages would be one long list):
// each section names the pages it holds, in menu order. A page not named here is listed
// under "other", so a new page is never hidden.
export const SECTIONS = [
  { key: 'situation', pages: ['dashboard', 'work'] },
  { key: 'registry', pages: ['people', 'imports', 'staff'] },
  { key: 'screening', pages: ['campaigns', 'sweep', 'calls', 'enterprises', 'hires'] },
  { key: 'health', pages: ['declarations', 'key-persons', 'risk-areas', 'colours', 'colour-rules'] },
  { key: 'checkpoints', pages: ['gate', 'checkpoints', 'roster', 'paper-register'] },
  { key: 'observation', pages: ['observations', 'rounds', 'alerts', 'release', 'care'] },
  {
    key: 'outreach',
    pages: ['notices', 'publicity-log', 'hotline-roster', 'hotline-calls', 'social-work'],
  },
  { key: 'system', pages: ['regions', 'users', 'audit'] },
] as const

export type SectionKey = (typeof SECTIONS)[number]['key'] | 'other'

/**
 * Each role's front door: the page it opens to (`/`). A grid member walks the door-to-door
 * round, a medic takes today's temperatures, checkpoint staff go to the gate, a community
 * worker works down the community's list, the command centre reads the situation.
 */
export const HOME: Record<Role, string> = {
  admin: 'dashboard',
  street_officer: 'dashboard',
  community_worker: 'work',
  grid_member: 'sweep',
  medic: 'rounds',
  checkpoint_staff: 'gate',
  social_worker: 'social-work',
  enterprise_liaison: 'hires',
}

/** The pages each role uses every day, home first; the rest sit under one "更多" group. */
export const DAILY: Record<Role, readonly string[]> = {
  admin: ['dashboard', 'alerts', 'observations', 'people', 'campaigns', 'declarations', 'colours'],
  street_officer: ['dashboard', 'work', 'alerts', 'observations', 'people', 'campaigns'],
  community_worker: ['work', 'alerts', 'rounds', 'sweep', 'calls', 'declarations', 'people', 'care'],
  grid_member: ['sweep', 'calls', 'care', 'declarations', 'people'],
  medic: ['rounds', 'alerts', 'observations', 'release', 'declarations'],
  checkpoint_staff: ['gate', 'roster', 'paper-register'],
  social_worker: ['social-work', 'hotline-calls'],
  enterprise_liaison: ['hires'],
}

/** The page `/` opens for the role: its home when allowed, else the first page it may use. */
export function homeOf<P extends { path: string }>(role: Role, allowed: P[]): P | undefined {
  return allowed.find((p) => p.path === HOME[role]) ?? allowed[0]
}

/** The role's daily pages in its order, and the rest of what it may use. */
export function splitDaily<P extends { path: string }>(role: Role, allowed: P[]): { daily: P[]; more: P[] } {
  const names = DAILY[role]
  const daily = names.flatMap((path) => allowed.filter((p) => p.path === path))
  return { daily, more: allowed.filter((p) => !names.includes(p.path)) }
}

/** The pages given, grouped by section in menu order; empty sections left out. */
export function sectioned<P extends { path: string }>(pages: P[]): { key: SectionKey; pages: P[] }[] {
  const placed = new Set<string>(SECTIONS.flatMap((s) => s.pages))
  const groups: { key: SectionKey; pages: P[] }[] = SECTIONS.map((s) => ({
    key: s.key,
    pages: s.pages.flatMap((path) => pages.filter((p) => p.path === path)),
  }))
  groups.push({ key: 'other', pages: pages.filter((p) => !placed.has(p.path)) })
  return groups.filter((g) => g.pages.length > 0)
}
