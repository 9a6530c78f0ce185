import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

export type CareKind = 'shopping' | 'printing' | 'medicine' | 'other'
export type CareStatus = 'open' | 'assigned' | 'done' | 'cancelled'

export interface CareRequestTable {
  id: string
  household_id: string
  region_id: string
  kind: CareKind
  items: string | null
  file_key: string | null
  file_name: string | null
  file_type: string | null
  file_size: number | null
  status: CareStatus
  assignee_id: string | null
  requested_by: string | null
  via: 'staff' | 'resident'
  note: string | null
  created_at: string
  updated_at: string
}

export interface CareFulfilmentTable {
  id: string
  request_id: string
  household_id: string
  region_id: string
  kind: CareKind
  delivered: string
  done_by: string | null
  done_at: string
  done_on: string
}

declare module '../../db/db.js' {
  interface Tables {
    care_request: CareRequestTable
    care_fulfilment: CareFulfilmentTable
  }
}

export type CareRow = CareRequestTable & { region_path: string; region_name: string }

const careSelect = (db: Db) =>
  db
    .selectFrom('care_request as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select(['r.path as region_path', 'r.name as region_name'])

export const findCareRequest = (db: Db, id: string): Promise<CareRow | undefined> =>
  careSelect(db).where('c.id', '=', id).executeTakeFirst()

export const fulfilmentsOf = (db: Db, requestId: string) =>
  db
    .selectFrom('care_fulfilment')
    .selectAll()
    .where('request_id', '=', requestId)
    .orderBy('done_at')
    .execute()

export interface CareFilter {
  withinPath: string
  status?: CareStatus
  kind?: CareKind
  assigneeId?: string
  householdId?: string
  offset: number
  limit: number
}

export async function searchCareRequests(db: Db, f: CareFilter) {
  let q = careSelect(db).where(withinSubtree('r.path', f.withinPath))
  if (f.status) q = q.where('c.status', '=', f.status)
  if (f.kind) q = q.where('c.kind', '=', f.kind)
  if (f.assigneeId) q = q.where('c.assignee_id', '=', f.assigneeId)
  if (f.householdId) q = q.where('c.household_id', '=', f.householdId)
  const [rows, total] = await Promise.all([
    q.orderBy('c.created_at', 'desc').orderBy('c.id').offset(f.offset).limit(f.limit).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

/** 暖心人 counts as of a local date: households helped and times helped, from the deliveries. */
export async function careCounts(db: Db, q: { asOf: string; withinPath: string }) {
  const base = db
    .selectFrom('care_fulfilment as f')
    .innerJoin('region as r', 'r.id', 'f.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('f.done_on', '<=', q.asOf)
  const [totals, today, kinds] = await Promise.all([
    base
      .select((eb) => [
        eb.fn.countAll<number>().as('times'),
        eb.fn.count<number>('f.household_id').distinct().as('households'),
      ])
      .executeTakeFirstOrThrow(),
    base
      .where('f.done_on', '=', q.asOf)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    base
      .select(['f.kind', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('f.kind')
      .execute(),
  ])
  return {
    asOf: q.asOf,
    households: Number(totals.households),
    times: Number(totals.times),
    timesToday: Number(today.n),
    byKind: Object.fromEntries(kinds.map((k) => [k.kind, Number(k.n)])) as Partial<Record<CareKind, number>>,
  }
}
