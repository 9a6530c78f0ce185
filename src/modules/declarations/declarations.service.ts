// 健康申报: by a resident from a poster (no account) or by staff for someone without a
// phone. Each declaration is kept with its time; a newer one supersedes, never erases.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now, today } from '../../core/clock.js'
import { emit } from '../../core/registry.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { getPersonInScope } from '../people/index.js'
import { getRegionInScope } from '../regions/index.js'
import { fileKeyPersonForTravel } from '../risk-areas/index.js'
import { insertDeclaration, searchDeclarations, toDeclaration } from './declarations.queries.js'
import type { DeclarationQuery, HealthInput } from './declarations.schema.js'
import { pageOffset } from '../../db/paging.js'

export const DeclarationErrors = defineErrors({
  ARRIVAL_IN_FUTURE: {
    status: 400,
    zh: '抵达日期不能晚于今天',
    en: 'The arrival date cannot be after today',
  },
  ARRIVAL_WITHOUT_PLACE: {
    status: 400,
    zh: '请同时填写从何地来和抵达日期',
    en: 'Give both where you came from and the arrival date',
  },
})

type AuditActor = Pick<Actor, 'userId' | 'username'>

function checkTravel(travel: HealthInput['travel']) {
  if (!travel) return null
  const fromPlace = travel.fromPlace.trim()
  if (!fromPlace || !travel.arrivalDate)
    throw new AppError(DeclarationErrors.ARRIVAL_WITHOUT_PLACE, { field: 'travel' })
  if (travel.arrivalDate > today())
    throw new AppError(DeclarationErrors.ARRIVAL_IN_FUTURE, { field: 'travel.arrivalDate' })
  return { fromPlace, arrivalDate: travel.arrivalDate }
}

/** Stores a declaration, files a key person when the travel matches a risk area, announces the change. */
export async function recordDeclaration(
  db: Db,
  actor: AuditActor,
  person: { id: string; regionId: string },
  input: HealthInput & { source: 'resident' | 'staff'; placeCode?: string | null },
) {
  const travel = checkTravel(input.travel)
  const row = {
    id: randomUUID(),
    person_id: person.id,
    region_id: person.regionId,
    source: input.source,
    place_code: input.placeCode ?? null,
    from_place: travel?.fromPlace ?? null,
    arrival_date: travel?.arrivalDate ?? null,
    symptoms: JSON.stringify([...new Set(input.symptoms)]),
    temperature: input.temperature ?? null,
    contact_with_cases: input.contactWithCases ? 1 : 0,
    staff_id: input.source === 'staff' ? actor.userId : null,
    declared_at: nowIso(now),
  }
  await insertDeclaration(db, row)
  await recordAudit(db, actor, {
    action: 'declaration.create',
    entity: 'person',
    entityId: person.id,
    detail: { declaration: row.id, source: input.source },
  })
  const keyPersons = travel
    ? await fileKeyPersonForTravel(db, actor, {
        personId: person.id,
        regionId: person.regionId,
        ...travel,
        source: 'declaration',
        sourceId: row.id,
      })
    : []
  await emit(db, 'person.changed', { personId: person.id, reason: 'declaration' })
  return { declaration: toDeclaration(row), keyPersons }
}

/** Staff enter a declaration for a registered person (e.g. an elderly resident without a phone). */
export async function declareByStaff(
  db: Db,
  actor: Actor,
  personId: string,
  input: HealthInput & { regionId?: string },
) {
  const person = await getPersonInScope(db, actor, personId)
  const regionId = input.regionId ? (await getRegionInScope(db, actor, input.regionId)).id : person.region_id
  return recordDeclaration(db, actor, { id: person.id, regionId }, { ...input, source: 'staff' })
}

export async function listDeclarations(db: Db, actor: Actor, q: DeclarationQuery) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total, totalAtLeast } = await searchDeclarations(db, {
    withinPath: within,
    personId: q.personId ? (await getPersonInScope(db, actor, q.personId)).id : undefined,
    from: q.from && new Date(q.from).toISOString(),
    to: q.to && new Date(q.to).toISOString(),
    withTravel: q.withTravel,
    symptom: q.symptom,
    latestOnly: q.latestOnly,
    offset: pageOffset(q.page, q.pageSize),
    limit: q.pageSize,
  })
  const items = rows.map(({ person_name, person_document, region_name, superseded, ...r }) => ({
    ...toDeclaration(r),
    personName: person_name,
    // the stored mask (3501**********1234), never a decryption
    personDocument: person_document,
    regionName: region_name,
    superseded: Boolean(Number(superseded)),
  }))
  return { items, total, totalAtLeast, page: q.page, pageSize: q.pageSize }
}
