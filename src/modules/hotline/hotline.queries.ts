import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import { userNames } from '../auth/index.js'

export const CALL_CHANNELS = ['phone', 'online', 'in_person'] as const // 电话 / 网络 / 面谈
// 焦虑恐慌 / 隔离适应 / 家庭关系 / 哀伤 / 睡眠 / 健康担忧 / 信息咨询 / 其他
export const CALL_CATEGORIES = [
  'anxiety',
  'quarantine',
  'family',
  'grief',
  'sleep',
  'health',
  'information',
  'other',
] as const
export const RISK_LEVELS = ['low', 'medium', 'high', 'crisis'] as const // 低 / 中 / 高 / 危机
export type CallChannel = (typeof CALL_CHANNELS)[number]
export type CallCategory = (typeof CALL_CATEGORIES)[number]
export type RiskLevel = (typeof RISK_LEVELS)[number]

export interface HotlineShiftTable {
  id: string
  region_id: string
  expert_id: string
  starts_at: string
  ends_at: string
  created_by: string | null
  created_at: string
}

export interface HotlineCallTable {
  id: string
  region_id: string
  started_at: string
  call_date: string
  duration_minutes: number
  channel: CallChannel
  category: CallCategory
  risk_level: RiskLevel
  follow_up: number
  follow_up_note: string | null
  referral: string | null
  summary: string | null
  taken_by: string | null
  created_at: string
  updated_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    hotline_shift: HotlineShiftTable
    hotline_call: HotlineCallTable
  }
}

const shiftSelect = (db: Db) =>
  db
    .selectFrom('hotline_shift as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .selectAll('s')
    .select('r.path as region_path')

export type ShiftRow = HotlineShiftTable & { region_path: string; expert_name: string }

/** The experts' display names, from the auth module: one look-up for all the rows. */
async function withExpertNames(db: Db, rows: (HotlineShiftTable & { region_path: string })[]) {
  const names = await userNames(
    db,
    rows.map((s) => s.expert_id),
  )
  return rows.map((s): ShiftRow => ({ ...s, expert_name: names.get(s.expert_id) ?? '' }))
}

export const findShift = async (db: Db, id: string): Promise<ShiftRow | undefined> =>
  (await withExpertNames(db, await shiftSelect(db).where('s.id', '=', id).execute()))[0]

/** Shifts of one region's hotline that overlap [from, to). */
export const shiftsOverlapping = async (db: Db, regionId: string, from: string, to: string) =>
  withExpertNames(
    db,
    await shiftSelect(db)
      .where('s.region_id', '=', regionId)
      .where('s.starts_at', '<', to)
      .where('s.ends_at', '>', from)
      .orderBy('s.starts_at')
      .execute(),
  )

export const overlappingShiftOfExpert = (db: Db, expertId: string, from: string, to: string) =>
  db
    .selectFrom('hotline_shift')
    .select(['id', 'starts_at', 'ends_at'])
    .where('expert_id', '=', expertId)
    .where('starts_at', '<', to)
    .where('ends_at', '>', from)
    .executeTakeFirst()

const callSelect = (db: Db) =>
  db
    .selectFrom('hotline_call as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select(['r.path as region_path', 'r.name as region_name'])

export type CallRow = HotlineCallTable & {
  region_path: string
  region_name: string
  taken_by_name: string | null
}

/** Who took each call, by display name from the auth module: one look-up for all the rows. */
async function withTakerNames(
  db: Db,
  rows: (HotlineCallTable & { region_path: string; region_name: string })[],
) {
  const names = await userNames(
    db,
    rows.map((c) => c.taken_by),
  )
  return rows.map((c): CallRow => ({ ...c, taken_by_name: (c.taken_by && names.get(c.taken_by)) ?? null }))
}

export const findCall = async (db: Db, id: string): Promise<CallRow | undefined> =>
  (await withTakerNames(db, await callSelect(db).where('c.id', '=', id).execute()))[0]

export async function searchCalls(
  db: Db,
  f: { withinPath: string; from?: string; to?: string; riskLevel?: RiskLevel; offset: number; limit: number },
) {
  let q = callSelect(db).where(withinSubtree('r.path', f.withinPath))
  if (f.from) q = q.where('c.call_date', '>=', f.from)
  if (f.to) q = q.where('c.call_date', '<=', f.to)
  if (f.riskLevel) q = q.where('c.risk_level', '=', f.riskLevel)
  const [rows, total] = await Promise.all([
    q.orderBy('c.started_at', 'desc').orderBy('c.id').offset(f.offset).limit(f.limit).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows: await withTakerNames(db, rows), total: Number(total.n) }
}
