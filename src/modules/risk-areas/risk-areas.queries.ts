import type { Db } from '../../db/db.js'
import { boundedCount } from '../../db/paging.js'
import { withinSubtree } from '../../core/subtree.js'
import { personLabels } from '../people/index.js'

export interface RiskAreaTable {
  id: string
  name: string
  aliases: string
  from_date: string
  to_date: string | null
  observation_days: number
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export interface KeyPersonTable {
  id: string
  person_id: string
  region_id: string
  risk_area_id: string
  from_place: string
  arrival_date: string
  observe_until: string
  reason: string
  source: 'declaration' | 'import' | 'staff'
  source_id: string | null
  filed_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    risk_area: RiskAreaTable
    key_person: KeyPersonTable
  }
}

export interface RiskArea {
  id: string
  name: string
  aliases: string[]
  fromDate: string
  toDate: string | null
  observationDays: number
  updatedAt: string
}

export const toRiskArea = (r: RiskAreaTable): RiskArea => ({
  id: r.id,
  name: r.name,
  aliases: JSON.parse(r.aliases) as string[],
  fromDate: r.from_date,
  toDate: r.to_date,
  observationDays: Number(r.observation_days),
  updatedAt: r.updated_at,
})

export const listLiveRiskAreas = async (db: Db) =>
  (
    await db
      .selectFrom('risk_area')
      .selectAll()
      .where('deleted_at', 'is', null)
      .orderBy('from_date')
      .orderBy('name')
      .execute()
  ).map(toRiskArea)

export const findRiskArea = (db: Db, id: string) =>
  db
    .selectFrom('risk_area')
    .selectAll()
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()

export interface KeyPersonFilter {
  withinPath: string
  riskAreaId?: string
  arrivalFrom?: string
  arrivalTo?: string
  offset: number
  limit: number
}

export async function searchKeyPersons(db: Db, f: KeyPersonFilter) {
  let q = db
    .selectFrom('key_person as k')
    .innerJoin('region as r', 'r.id', 'k.region_id')
    .where(withinSubtree('r.path', f.withinPath))
  if (f.riskAreaId) q = q.where('k.risk_area_id', '=', f.riskAreaId)
  if (f.arrivalFrom) q = q.where('k.arrival_date', '>=', f.arrivalFrom)
  if (f.arrivalTo) q = q.where('k.arrival_date', '<=', f.arrivalTo)
  const [rows, total] = await Promise.all([
    q
      .innerJoin('risk_area as a', 'a.id', 'k.risk_area_id')
      .selectAll('k')
      .select(['r.name as region_name', 'a.name as area_name'])
      .orderBy('k.arrival_date', 'desc')
      .orderBy('k.id')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    boundedCount(db, q),
  ])
  // names from the people module: one look-up for the page
  const people = await personLabels(
    db,
    rows.map((k) => k.person_id),
  )
  return {
    rows: rows.map((k) => ({ ...k, person_name: people.get(k.person_id)?.name ?? '' })),
    ...total,
  }
}

/** The key-person entry whose observation period is still running on `today`, latest first. */
export const findRunningKeyPerson = (db: Db, personId: string, today: string) =>
  db
    .selectFrom('key_person as k')
    .innerJoin('risk_area as a', 'a.id', 'k.risk_area_id')
    .select(['k.arrival_date', 'k.observe_until', 'a.name as area_name'])
    .where('k.person_id', '=', personId)
    .where('k.observe_until', '>', today)
    .orderBy('k.observe_until', 'desc')
    .limit(1)
    .executeTakeFirst()
