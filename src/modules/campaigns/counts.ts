// 排查统计 as of any instant, for the situation report: people screened (distinct people
// seen at a door or reached by phone), numbers called and reached, key persons found; by
// community, by grid team (the team of the member who visited or called) and by account.
import type { Db } from '../../db/db.js'
import { SUBTREE_END } from '../../core/subtree.js'
import { teamsOfAccounts } from '../staff/index.js'
import { levelResolver } from './rollup.js'
import { staffNames } from './staff-names.js'

export interface ScreeningFigures {
  peopleScreened: number
  numbersCalled: number
  numbersReached: number
  keyPersonsFound: number
}

interface Fact {
  kind: keyof ScreeningFigures
  /** what is counted once: a person, a number */
  key: string
  path: string
  staffId: string | null
}

async function facts(db: Db, asOf: string, withinPath: string): Promise<Fact[]> {
  const end = withinPath + SUBTREE_END
  const seen = await db
    .selectFrom('sweep_seen as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .select(['s.person_id', 'r.path', 's.visitor_id'])
    .where('s.at', '<', asOf)
    .where('r.path', '>=', withinPath)
    .where('r.path', '<', end)
    .execute()
  const calls = await db
    .selectFrom('call_attempt as a')
    .innerJoin('call_entry as e', 'e.id', 'a.entry_id')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .select(['a.entry_id', 'a.outcome', 'a.caller_id', 'e.person_id', 'e.phone_bidx', 'r.path'])
    .where('a.at', '<', asOf)
    .where('r.path', '>=', withinPath)
    .where('r.path', '<', end)
    .execute()
  const findings = await db
    .selectFrom('screening_finding as f')
    .innerJoin('region as r', 'r.id', 'f.region_id')
    .select(['f.person_id', 'f.created_by', 'r.path'])
    .where('f.key_persons', '>', 0)
    .where('f.at', '<', asOf)
    .where('r.path', '>=', withinPath)
    .where('r.path', '<', end)
    .execute()
  const out: Fact[] = []
  for (const s of seen)
    out.push({ kind: 'peopleScreened', key: `p:${s.person_id}`, path: s.path, staffId: s.visitor_id })
  for (const c of calls) {
    out.push({ kind: 'numbersCalled', key: c.entry_id, path: c.path, staffId: c.caller_id })
    if (c.outcome !== 'reached') continue
    out.push({ kind: 'numbersReached', key: c.entry_id, path: c.path, staffId: c.caller_id })
    // a number reached is a person screened; one already in the registry counts once with a visit
    const who = c.person_id ? `p:${c.person_id}` : `n:${c.phone_bidx}`
    out.push({ kind: 'peopleScreened', key: who, path: c.path, staffId: c.caller_id })
  }
  for (const f of findings)
    out.push({ kind: 'keyPersonsFound', key: `p:${f.person_id}`, path: f.path, staffId: f.created_by })
  return out
}

function figures(list: Fact[]): ScreeningFigures {
  const distinct = (kind: keyof ScreeningFigures) =>
    new Set(list.filter((f) => f.kind === kind).map((f) => f.key)).size
  return {
    peopleScreened: distinct('peopleScreened'),
    numbersCalled: distinct('numbersCalled'),
    numbersReached: distinct('numbersReached'),
    keyPersonsFound: distinct('keyPersonsFound'),
  }
}

function grouped<K>(list: Fact[], keyOf: (f: Fact) => K) {
  const groups = new Map<K, Fact[]>()
  // push, not copy: copying the group at each fact made 90,000 sightings take 110 s
  for (const f of list) {
    const key = keyOf(f)
    const group = groups.get(key)
    if (group) group.push(f)
    else groups.set(key, [f])
  }
  return groups
}

/**
 * Counts as of `asOf` (an ISO instant, exclusive) inside the subtree at `withinPath`.
 * Numbers of a campaign count in the campaign's community (its own region when it is one).
 */
export async function screeningCounts(db: Db, { asOf, withinPath }: { asOf: string; withinPath: string }) {
  const list = await facts(db, asOf, withinPath)
  const community = await levelResolver(db, withinPath, 'community')
  const byCommunity = [...grouped(list, (f) => community(f.path).regionId ?? null)].map(([regionId, fs]) => ({
    regionId,
    name: community(fs[0].path).name,
    ...figures(fs),
  }))
  const byStaff = grouped(list, (f) => f.staffId)
  const names = await staffNames(db, [...byStaff.keys()])
  const teams = await teamsOfAccounts(
    db,
    [...byStaff.keys()].filter((k) => k !== null),
  )
  const teamOf = (f: Fact) => (f.staffId ? (teams.get(f.staffId) ?? null) : null)
  const byTeam = [...grouped(list, (f) => teamOf(f)?.id ?? null)].map(([teamId, fs]) => ({
    teamId,
    name: teamOf(fs[0])?.name ?? null,
    ...figures(fs),
  }))
  return {
    asOf,
    ...figures(list),
    byCommunity,
    byTeam,
    byStaff: [...byStaff].map(([staffId, fs]) => ({
      staffId,
      name: staffId ? (names.get(staffId) ?? null) : null,
      ...figures(fs),
    })),
  }
}
