import type { Db } from '../../db/db.js'
import { SUBTREE_END } from '../../core/subtree.js'

export const SERVICE_CHANNELS = ['offline', 'phone', 'online'] as const // 线下 / 电话 / 线上
export type ServiceChannel = (typeof SERVICE_CHANNELS)[number]

export interface SwAgencyTable {
  id: string
  region_id: string
  name: string
  note: string | null
  created_at: string
  updated_at: string
}

export interface SwWorkerTable {
  id: string
  region_id: string
  agency_id: string | null
  user_id: string | null
  name: string
  note: string | null
  created_at: string
  updated_at: string
}

export interface SwServiceTable {
  id: string
  region_id: string
  worker_id: string
  agency_id: string | null
  on_date: string
  channel: ServiceChannel
  topic: string
  beneficiaries: number
  note: string | null
  created_by: string | null
  created_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    sw_agency: SwAgencyTable
    sw_worker: SwWorkerTable
    sw_service: SwServiceTable
  }
}

const within = (path: string) => [path, path + SUBTREE_END] as const

export const agencySelect = (db: Db) =>
  db
    .selectFrom('sw_agency as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .selectAll('a')
    .select(['r.path as region_path', 'r.name as region_name'])

export type AgencyRow = NonNullable<Awaited<ReturnType<typeof findAgency>>>
export const findAgency = (db: Db, id: string) => agencySelect(db).where('a.id', '=', id).executeTakeFirst()

export const listAgenciesWithin = (db: Db, path: string) =>
  agencySelect(db)
    .where('r.path', '>=', within(path)[0])
    .where('r.path', '<', within(path)[1])
    .orderBy('a.name')
    .limit(1000)
    .execute()

export const workerSelect = (db: Db) =>
  db
    .selectFrom('sw_worker as w')
    .innerJoin('region as r', 'r.id', 'w.region_id')
    .leftJoin('sw_agency as a', 'a.id', 'w.agency_id')
    .selectAll('w')
    .select(['r.path as region_path', 'r.name as region_name', 'a.name as agency_name'])

export type WorkerRow = NonNullable<Awaited<ReturnType<typeof findWorker>>>
export const findWorker = (db: Db, id: string) => workerSelect(db).where('w.id', '=', id).executeTakeFirst()

export const listWorkersWithin = (db: Db, path: string, agencyId?: string) => {
  let q = workerSelect(db).where('r.path', '>=', within(path)[0]).where('r.path', '<', within(path)[1])
  if (agencyId) q = q.where('w.agency_id', '=', agencyId)
  return q.orderBy('w.name').limit(1000).execute()
}

export const serviceSelect = (db: Db) =>
  db
    .selectFrom('sw_service as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .innerJoin('sw_worker as w', 'w.id', 's.worker_id')
    .leftJoin('sw_agency as a', 'a.id', 's.agency_id')
    .selectAll('s')
    .select([
      'r.path as region_path',
      'r.name as region_name',
      'w.name as worker_name',
      'a.name as agency_name',
    ])

export type ServiceRow = NonNullable<Awaited<ReturnType<typeof findService>>>
export const findService = (db: Db, id: string) => serviceSelect(db).where('s.id', '=', id).executeTakeFirst()

export async function searchServices(
  db: Db,
  f: {
    withinPath: string
    from?: string
    to?: string
    channel?: ServiceChannel
    offset: number
    limit: number
  },
) {
  let q = serviceSelect(db)
    .where('r.path', '>=', within(f.withinPath)[0])
    .where('r.path', '<', within(f.withinPath)[1])
  if (f.from) q = q.where('s.on_date', '>=', f.from)
  if (f.to) q = q.where('s.on_date', '<=', f.to)
  if (f.channel) q = q.where('s.channel', '=', f.channel)
  const [rows, total] = await Promise.all([
    q.orderBy('s.on_date', 'desc').orderBy('s.created_at', 'desc').offset(f.offset).limit(f.limit).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}
