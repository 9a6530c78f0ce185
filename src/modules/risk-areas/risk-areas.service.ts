// 风险地区与重点人员: the command centre keeps the list of risk areas; a person whose travel
// (declared or imported) arrived from one within its dates is filed as a key person with
// the reason, flagged in the registry, and announced ('key_person.filed') so that the
// observation module can propose home observation.
import { settleFiled } from './day-counts.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now, today as todayIn } from '../../core/clock.js'
import { emit } from '../../core/registry.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { addDays } from '../../shared/days.js'
import { daysBetween } from '../../shared/days.js'
import { openObservationIdsOf } from '../observations/index.js'
import { markKeyPerson } from '../people/index.js'
import {
  findRiskArea,
  listLiveRiskAreas,
  searchKeyPersons,
  toRiskArea,
  type KeyPersonTable,
  type RiskArea,
} from './risk-areas.queries.js'
import type { KeyPersonQuery, RiskAreaChanges, RiskAreaInput } from './risk-areas.schema.js'
import { pageOffset } from '../../db/paging.js'

export const RiskAreaErrors = defineErrors({
  RISK_AREA_DATES: {
    status: 400,
    zh: '结束日期不能早于开始日期',
    en: 'The end date cannot be before the start date',
  },
})

type AuditActor = Pick<Actor, 'userId' | 'username'>

export async function createRiskArea(db: Db, actor: Actor, input: RiskAreaInput): Promise<RiskArea> {
  if (input.toDate && input.toDate < input.fromDate)
    throw new AppError(RiskAreaErrors.RISK_AREA_DATES, { field: 'toDate' })
  const at = nowIso(now)
  const row = {
    id: randomUUID(),
    name: input.name.trim(),
    aliases: JSON.stringify((input.aliases ?? []).map((a) => a.trim()).filter(Boolean)),
    from_date: input.fromDate,
    to_date: input.toDate ?? null,
    observation_days: input.observationDays ?? 14,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  }
  await db.insertInto('risk_area').values(row).execute()
  await recordAudit(db, actor, { action: 'risk_area.create', entity: 'risk_area', entityId: row.id })
  return toRiskArea(row)
}

export async function updateRiskArea(
  db: Db,
  actor: Actor,
  id: string,
  input: RiskAreaChanges,
): Promise<RiskArea> {
  const existing = await findRiskArea(db, id)
  if (!existing) throw new AppError(CommonErrors.NOT_FOUND, { what: 'risk area' })
  const fromDate = input.fromDate ?? existing.from_date
  const toDate = input.toDate === undefined ? existing.to_date : input.toDate
  if (toDate && toDate < fromDate) throw new AppError(RiskAreaErrors.RISK_AREA_DATES, { field: 'toDate' })
  const row = {
    ...existing,
    name: input.name?.trim() ?? existing.name,
    aliases: input.aliases
      ? JSON.stringify(input.aliases.map((a) => a.trim()).filter(Boolean))
      : existing.aliases,
    from_date: fromDate,
    to_date: toDate,
    observation_days: input.observationDays ?? existing.observation_days,
    updated_at: nowIso(now),
  }
  await db.updateTable('risk_area').set(row).where('id', '=', id).execute()
  await recordAudit(db, actor, {
    action: 'risk_area.update',
    entity: 'risk_area',
    entityId: id,
    detail: { fields: Object.keys(input) },
  })
  return toRiskArea(row)
}

/** Ends a risk area's listing; key persons filed under it stay on file. */
export async function deleteRiskArea(db: Db, actor: Actor, id: string) {
  if (!(await findRiskArea(db, id))) throw new AppError(CommonErrors.NOT_FOUND, { what: 'risk area' })
  await db
    .updateTable('risk_area')
    .set({ deleted_at: nowIso(now) })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, { action: 'risk_area.delete', entity: 'risk_area', entityId: id })
}

export const listRiskAreas = (db: Db) => listLiveRiskAreas(db)

const normalisePlace = (s: string) => s.replace(/\s+/g, '')

/** The risk areas a journey matches: the place names the area (or an alias) and the arrival lies in its dates. */
export function matchTravel(areas: RiskArea[], fromPlace: string, arrivalDate: string): RiskArea[] {
  const place = normalisePlace(fromPlace)
  return areas.filter(
    (a) =>
      [a.name, ...a.aliases].some((n) => n && place.includes(normalisePlace(n))) &&
      arrivalDate >= a.fromDate &&
      (!a.toDate || arrivalDate <= a.toDate),
  )
}

export interface Travel {
  personId: string
  regionId: string
  fromPlace: string
  arrivalDate: string
  source: 'declaration' | 'import' | 'staff'
  sourceId?: string
}

/**
 * Files the person as a key person for every risk area the travel matches whose
 * observation period has not yet run out. Returns the new entries (none if already on file).
 */
export async function fileKeyPersonForTravel(db: Db, actor: AuditActor, travel: Travel) {
  const today = todayIn()
  const filed: { id: string; area: string; reason: string }[] = []
  for (const area of matchTravel(await listLiveRiskAreas(db), travel.fromPlace, travel.arrivalDate)) {
    const observeUntil = addDays(travel.arrivalDate, area.observationDays)
    if (observeUntil <= today) continue
    const exists = await db
      .selectFrom('key_person')
      .select('id')
      .where('person_id', '=', travel.personId)
      .where('risk_area_id', '=', area.id)
      .where('arrival_date', '=', travel.arrivalDate)
      .executeTakeFirst()
    if (exists) continue
    const id = randomUUID()
    const reason = `${travel.arrivalDate}从${area.name}（风险地区，自${area.fromDate}起）抵达，需观察${area.observationDays}天`
    await db
      .insertInto('key_person')
      .values({
        id,
        person_id: travel.personId,
        region_id: travel.regionId,
        risk_area_id: area.id,
        from_place: travel.fromPlace,
        arrival_date: travel.arrivalDate,
        observe_until: observeUntil,
        reason,
        source: travel.source,
        source_id: travel.sourceId ?? null,
        filed_at: nowIso(now),
      })
      .execute()
    await markKeyPerson(db, travel.personId)
    await settleFiled(db, travel.personId)
    await recordAudit(db, actor, {
      action: 'key_person.file',
      entity: 'person',
      entityId: travel.personId,
      detail: { keyPerson: id, area: area.id },
    })
    await emit(db, 'key_person.filed', { personId: travel.personId, keyPersonId: id })
    filed.push({ id, area: area.name, reason })
  }
  if (filed.length)
    await emit(db, 'person.changed', { personId: travel.personId, reason: 'key_person.filed' })
  return filed
}

export async function listKeyPersons(db: Db, actor: Actor, q: KeyPersonQuery) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total, totalAtLeast } = await searchKeyPersons(db, {
    ...q,
    withinPath: within,
    offset: pageOffset(q.page, q.pageSize),
    limit: q.pageSize,
  })
  const open = await openObservationIdsOf(db, [...new Set(rows.map((r) => r.person_id))])
  const items = rows.map((r) => ({
    id: r.id,
    personId: r.person_id,
    personName: r.person_name,
    regionId: r.region_id,
    regionName: r.region_name,
    riskAreaId: r.risk_area_id,
    areaName: r.area_name,
    fromPlace: r.from_place,
    arrivalDate: r.arrival_date,
    observeUntil: r.observe_until,
    reason: r.reason,
    source: r.source,
    filedAt: r.filed_at,
    observationId: open.get(r.person_id) ?? null,
    proposal: proposedObservation(r),
  }))
  return { items, total, totalAtLeast, page: q.page, pageSize: q.pageSize }
}

/**
 * The home observation proposed for a key person (居家医学观察建议): from the arrival day for
 * the risk area's observation days as filed, so that it ends when the yellow code's period does.
 */
export function proposedObservation(
  k: Pick<KeyPersonTable, 'arrival_date' | 'observe_until'> & {
    area_name: string
  },
) {
  const days = daysBetween(k.arrival_date, k.observe_until)
  return {
    reason: `${k.arrival_date}从${k.area_name}（风险地区）抵达，居家医学观察${days}天`,
    startsOn: k.arrival_date,
    days,
  }
}
