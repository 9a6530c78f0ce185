// Tables of the screening campaigns and the queries on them; rows become domain objects here.
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

export type CampaignKind = 'sweep' | 'phone'
export type CampaignStatus = 'open' | 'closed'
// 已走访 / 无人在家（需回访） / 拒绝
export type VisitOutcome = 'visited' | 'nobody_home' | 'refused'
export type SweepState = 'pending' | VisitOutcome
// 接通 / 无人接听 / 关机 / 空号错号 / 拒绝 / 不在本地
export type CallOutcome =
  'reached' | 'no_answer' | 'switched_off' | 'wrong_number' | 'refused' | 'not_in_area'
// known: already in the registry, not called unless asked; unreached: waits for a second round
export type CallStatus = 'pending' | 'callback' | 'unreached' | 'done' | 'known'

export interface CampaignTable {
  id: string
  region_id: string
  kind: CampaignKind
  name: string
  status: CampaignStatus
  created_by: string | null
  created_at: string
  updated_at: string
}

export interface SweepItemTable {
  id: string
  campaign_id: string
  household_id: string
  /** the household's address, copied from the registry (addresses do not change): the list sorts by it */
  address: string
  region_id: string
  assignee_id: string | null
  outcome: SweepState
  visits: number
  last_visit_at: string | null
  updated_at: string
}

export interface SweepVisitTable {
  id: string
  item_id: string
  campaign_id: string
  region_id: string
  outcome: VisitOutcome
  note: string | null
  visitor_id: string | null
  at: string
}

export interface SweepSeenTable {
  id: string
  visit_id: string
  campaign_id: string
  region_id: string
  person_id: string
  visitor_id: string | null
  at: string
}

export interface CallEntryTable {
  id: string
  campaign_id: string
  region_id: string
  phone_enc: string
  phone_bidx: string
  phone_masked: string
  carrier: string | null
  home_region: string | null
  arrival: string | null
  person_id: string | null
  assignee_id: string | null
  status: CallStatus
  last_outcome: CallOutcome | null
  attempts: number
  round: number
  callback_at: string | null
  row_no: number
  created_at: string
  updated_at: string
}

export interface CallAttemptTable {
  id: string
  entry_id: string
  campaign_id: string
  region_id: string
  caller_id: string | null
  outcome: CallOutcome
  note: string | null
  round: number
  at: string
}

export interface ScreeningFindingTable {
  id: string
  campaign_id: string
  source: 'sweep' | 'call'
  source_id: string
  region_id: string
  person_id: string | null
  current_place: string | null
  from_place: string | null
  arrival_date: string | null
  symptoms: string | null
  note: string | null
  declaration_id: string | null
  key_persons: number
  created_by: string | null
  at: string
}

declare module '../../db/db.js' {
  interface Tables {
    campaign: CampaignTable
    sweep_item: SweepItemTable
    sweep_visit: SweepVisitTable
    sweep_seen: SweepSeenTable
    call_entry: CallEntryTable
    call_attempt: CallAttemptTable
    screening_finding: ScreeningFindingTable
  }
}

export type CampaignRow = CampaignTable & { region_path: string; region_name: string }

export const findCampaign = (db: Db, id: string): Promise<CampaignRow | undefined> =>
  db
    .selectFrom('campaign as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select(['r.path as region_path', 'r.name as region_name'])
    .where('c.id', '=', id)
    .executeTakeFirst()

/** Campaigns inside the subtree at `withinPath`, and those over the regions above it. */
export const searchCampaigns = (db: Db, withinPath: string, kind?: CampaignKind) => {
  const above = withinPath.split('/').filter(Boolean)
  let q = db
    .selectFrom('campaign as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select(['r.path as region_path', 'r.name as region_name'])
    .where((eb) => eb.or([withinSubtree('r.path', withinPath), eb('c.region_id', 'in', above)]))
  if (kind) q = q.where('c.kind', '=', kind)
  return q.orderBy('c.created_at', 'desc').limit(200).execute() as Promise<CampaignRow[]>
}

/** Every region of a subtree, for naming and for rolling items up to buildings and compounds. */
export const regionsWithin = (db: Db, path: string) =>
  db
    .selectFrom('region')
    .select(['id', 'path', 'name', 'type', 'depth'])
    .where(withinSubtree('path', path))
    .execute()

/** Names of campaigns by id, in one query (the audit log names its records). */
export async function campaignNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  const rows = await db.selectFrom('campaign').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}
