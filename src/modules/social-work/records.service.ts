// 社工服务记录: one service on one day (date, channel offline / phone / online, topic,
// how many people it reached), and the counts as of a date by channel.
import { countService } from './day-counts.js'
import { randomUUID } from 'node:crypto'
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, isInScope, type Actor } from '../../core/actor.js'
import { localDate } from '../../shared/days.js'
import { withinSubtree } from '../../core/subtree.js'
import { getRegionInScope } from '../regions/index.js'
import {
  SERVICE_CHANNELS,
  findService,
  findWorker,
  searchServices,
  type ServiceChannel,
  type ServiceRow,
} from './social-work.queries.js'
import type { ServiceInput, ServiceQueryInput } from './social-work.schema.js'

export const ServiceRecordErrors = defineErrors({
  SW_SERVICE_IN_FUTURE: {
    status: 400,
    zh: '服务日期不能晚于今天',
    en: 'A service cannot be dated in the future',
  },
})

export const toServiceView = (s: ServiceRow) => ({
  id: s.id,
  regionId: s.region_id,
  regionName: s.region_name,
  workerId: s.worker_id,
  workerName: s.worker_name,
  agencyId: s.agency_id,
  agencyName: s.agency_name,
  date: s.on_date,
  channel: s.channel,
  topic: s.topic,
  beneficiaries: Number(s.beneficiaries),
  note: s.note,
  createdAt: s.created_at,
})

export async function recordService(db: Db, actor: Actor, input: ServiceInput, timeZone: string) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const worker = await findWorker(db, input.workerId)
  // a worker of an agency above the region may serve in it (a district agency in a community)
  if (!worker || !(isInScope(actor, worker.region_path) || region.path.startsWith(worker.region_path)))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'sw_worker' })
  if (input.date > localDate(now(), timeZone))
    throw new AppError(ServiceRecordErrors.SW_SERVICE_IN_FUTURE, { field: 'date' })
  const id = randomUUID()
  await db
    .insertInto('sw_service')
    .values({
      id,
      region_id: region.id,
      worker_id: worker.id,
      agency_id: worker.agency_id,
      on_date: input.date,
      channel: input.channel,
      topic: input.topic.trim(),
      beneficiaries: input.beneficiaries,
      note: input.note?.trim() || null,
      created_by: actor.userId,
      created_at: nowIso(now),
    })
    .execute()
  await countService(
    db,
    { region_id: region.id, on_date: input.date, channel: input.channel, beneficiaries: input.beneficiaries },
    1,
  )
  await recordAudit(db, actor, { action: 'social_work.service.record', entity: 'sw_service', entityId: id })
  return toServiceView((await findService(db, id))!)
}

/** Removes a record entered by mistake; the audit keeps that it existed. */
export async function deleteService(db: Db, actor: Actor, id: string) {
  const row = await findService(db, id)
  assertInScope(actor, row?.region_path, 'sw_service')
  await db.deleteFrom('sw_service').where('id', '=', id).execute()
  await countService(
    db,
    {
      region_id: row!.region_id,
      on_date: row!.on_date,
      channel: row!.channel,
      beneficiaries: row!.beneficiaries,
    },
    -1,
  )
  await recordAudit(db, actor, { action: 'social_work.service.delete', entity: 'sw_service', entityId: id })
}

export async function listServices(db: Db, actor: Actor, q: ServiceQueryInput) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total } = await searchServices(db, {
    withinPath: within,
    from: q.from,
    to: q.to,
    channel: q.channel,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  })
  return { items: rows.map(toServiceView), total, page: q.page, pageSize: q.pageSize }
}

/**
 * 社工服务统计 as of a local date (inclusive). `offline`, `phone` and `online` are people
 * served (人次) by channel, as the source case reports them (3,481 + 578 + 8,459 = 12,518
 * beneficiaries); `records` counts the service entries themselves.
 */
export async function socialWorkCounts(db: Db, q: { asOf: string; withinPath: string }) {
  const rows = await db
    .selectFrom('sw_service as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('s.on_date', '<=', q.asOf)
    .select([
      's.channel',
      sql<number>`count(*)`.as('records'),
      sql<number>`sum(s.beneficiaries)`.as('beneficiaries'),
    ])
    .groupBy('s.channel')
    .execute()
  const byChannel = Object.fromEntries(SERVICE_CHANNELS.map((c) => [c, 0])) as Record<ServiceChannel, number>
  const records = { ...byChannel, total: 0 }
  const people = { ...byChannel }
  for (const r of rows) {
    records[r.channel] += Number(r.records)
    records.total += Number(r.records)
    people[r.channel] += Number(r.beneficiaries ?? 0)
  }
  const active = await db
    .selectFrom('sw_service as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('s.on_date', '<=', q.asOf)
    .select([
      sql<number>`count(distinct s.worker_id)`.as('workers'),
      sql<number>`count(distinct s.agency_id)`.as('agencies'),
    ])
    .executeTakeFirstOrThrow()
  return {
    asOf: q.asOf,
    ...people,
    beneficiaries: people.offline + people.phone + people.online,
    records,
    /** workers and agencies with at least one service by then */
    workers: Number(active.workers),
    agencies: Number(active.agencies),
  }
}
