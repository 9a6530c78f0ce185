import type { ExpressionBuilder } from 'kysely'
import { boundedCount } from '../../db/paging.js'
import type { Db, Tables } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import { personLabels } from '../people/index.js'
import type { Symptom } from '../../shared/symptoms.js'

export { SYMPTOMS, type Symptom } from '../../shared/symptoms.js'

export interface DeclarationTable {
  id: string
  person_id: string
  region_id: string
  source: 'resident' | 'staff'
  place_code: string | null
  from_place: string | null
  arrival_date: string | null
  symptoms: string
  temperature: number | null
  contact_with_cases: number
  staff_id: string | null
  declared_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    declaration: DeclarationTable
  }
}

export interface Declaration {
  id: string
  personId: string
  regionId: string
  source: 'resident' | 'staff'
  placeCode: string | null
  fromPlace: string | null
  arrivalDate: string | null
  symptoms: Symptom[]
  temperature: number | null
  contactWithCases: boolean
  declaredAt: string
}

export const toDeclaration = (r: DeclarationTable): Declaration => ({
  id: r.id,
  personId: r.person_id,
  regionId: r.region_id,
  source: r.source,
  placeCode: r.place_code,
  fromPlace: r.from_place,
  arrivalDate: r.arrival_date,
  symptoms: JSON.parse(r.symptoms) as Symptom[],
  temperature: r.temperature === null ? null : Number(r.temperature),
  contactWithCases: r.contact_with_cases === 1,
  declaredAt: r.declared_at,
})

export const insertDeclaration = (db: Db, row: DeclarationTable) =>
  db.insertInto('declaration').values(row).execute()

/** The person's declarations made at or after `since`, newest first. */
export const declarationsSince = async (db: Db, personId: string, since: string) =>
  (
    await db
      .selectFrom('declaration')
      .selectAll()
      .where('person_id', '=', personId)
      .where('declared_at', '>=', since)
      .orderBy('declared_at', 'desc')
      .execute()
  ).map(toDeclaration)

export const hasDeclaration = async (db: Db, personId: string) =>
  !!(await db
    .selectFrom('declaration')
    .select('id')
    .where('person_id', '=', personId)
    .limit(1)
    .executeTakeFirst())

export interface DeclarationFilter {
  withinPath: string
  personId?: string
  from?: string
  to?: string
  withTravel?: boolean
  /** 'any' symptom at all, or this one */
  symptom?: Symptom | 'any'
  /** only each person's newest declaration (older ones are superseded, still kept) */
  latestOnly?: boolean
  offset: number
  limit: number
}

const joined = (db: Db) => db.selectFrom('declaration as d').innerJoin('region as r', 'r.id', 'd.region_id')

/**
 * At the top or a street (a large share of the rows) declarations are the outer loop, walked
 * newest first and those outside skipped: SQLite otherwise took a street's 125 k by region and
 * sorted them (0.2–0.5 s a page, now 1–124 ms). A cross join fixes SQLite's join order.
 */
function scoped(db: Db, withinPath: string): ReturnType<typeof joined> {
  const depth = withinPath.split('/').length - 3 // '/<top>/' is 0, a street 1
  const from =
    depth > 1
      ? joined(db)
      : db.selectFrom('declaration as d').crossJoin('region as r').whereRef('r.id', '=', 'd.region_id')
  return from.where(withinSubtree('r.path', withinPath))
}

export async function searchDeclarations(db: Db, f: DeclarationFilter) {
  let q = scoped(db, f.withinPath)
  if (f.personId) q = q.where('d.person_id', '=', f.personId)
  if (f.from) q = q.where('d.declared_at', '>=', f.from)
  if (f.to) q = q.where('d.declared_at', '<', f.to)
  if (f.withTravel) q = q.where('d.from_place', 'is not', null)
  // symptoms are a JSON array of known words, so a quoted word cannot match inside another
  if (f.symptom === 'any') q = q.where('d.symptoms', '<>', '[]')
  else if (f.symptom) q = q.where('d.symptoms', 'like', `%"${f.symptom}"%`)
  const newer = (eb: ExpressionBuilder<Tables & { d: DeclarationTable }, 'd'>) =>
    eb.exists(
      eb
        .selectFrom('declaration as n')
        .select('n.id')
        .whereRef('n.person_id', '=', 'd.person_id')
        .whereRef('n.declared_at', '>', 'd.declared_at'),
    )
  if (f.latestOnly) q = q.where((eb) => eb.not(newer(eb)))
  const [rows, total] = await Promise.all([
    q
      .selectAll('d')
      .select('r.name as region_name')
      .select((eb) => newer(eb).as('superseded'))
      .orderBy('d.declared_at', 'desc')
      .orderBy('d.id')
      .offset(f.offset)
      .limit(f.limit)
      .execute(),
    boundedCount(db, q),
  ])
  // who declared, from the people module: one look-up for the page
  const people = await personLabels(
    db,
    rows.map((d) => d.person_id),
  )
  const named = rows.map((d) => ({
    ...d,
    person_name: people.get(d.person_id)?.name ?? '',
    person_document: people.get(d.person_id)?.docMasked ?? '',
  }))
  return { rows: named, ...total }
}
