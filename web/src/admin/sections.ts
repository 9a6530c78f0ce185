// The side menu in the sections of the work (about thirty pages would be one long list):
// each section names the pages it holds, in menu order. A page not named here is listed
// under "other", so a new page is never hidden.
export const SECTIONS = [
  { key: 'situation', pages: ['dashboard'] },
  { key: 'registry', pages: ['people', 'imports', 'staff'] },
  { key: 'screening', pages: ['campaigns', 'sweep', 'calls', 'enterprises', 'hires'] },
  { key: 'health', pages: ['declarations', 'key-persons', 'risk-areas', 'colours', 'colour-rules'] },
  { key: 'checkpoints', pages: ['checkpoints', 'roster', 'paper-register'] },
  { key: 'observation', pages: ['observations', 'rounds', 'alerts', 'release', 'care'] },
  {
    key: 'outreach',
    pages: ['notices', 'publicity-log', 'hotline-roster', 'hotline-calls', 'social-work'],
  },
  { key: 'system', pages: ['regions', 'users', 'audit'] },
] as const

export type SectionKey = (typeof SECTIONS)[number]['key'] | 'other'

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
