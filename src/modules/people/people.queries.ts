import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import { boundedCount } from '../../db/paging.js'

export type DocumentType = 'id_card' | 'passport' | 'hk_macau_permit' | 'taiwan_permit' | 'other'
export type ResidenceType = 'registered' | 'temporary' | 'floating' // 户籍 / 暂住 / 流动
export type Sex = 'male' | 'female'
export type PersonProof = 'confirmed' | 'self_registered'

export interface HouseholdTable {
  id: string
  region_id: string
  address: string
  created_at: string
  updated_at: string
}

export interface PersonTable {
  id: string
  region_id: string
  household_id: string | null
  name: string
  doc_type: DocumentType
  doc_enc: string
  doc_bidx: string
  doc_masked: string
  phone_enc: string | null
  phone_bidx: string | null
  phone_masked: string | null
  sex: Sex | null
  birth_date: string | null
  residence_type: ResidenceType
  workplace: string | null
  key_person: number
  proof: PersonProof
  created_at: string
  updated_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    household: HouseholdTable
    person: PersonTable
  }
}

export type PersonRow = PersonTable & {
  region_path: string
  region_name: string
  household_address: string | null
}

const personSelect = (db: Db) =>
  db
    .selectFrom('person as p')
    .innerJoin('region as r', 'r.id', 'p.region_id')
    .leftJoin('household as h', 'h.id', 'p.household_id')
    .selectAll('p')
    .select(['r.path as region_path', 'r.name as region_name', 'h.address as household_address'])

export const findPerson = (db: Db, id: string): Promise<PersonRow | undefined> =>
  personSelect(db).where('p.id', '=', id).executeTakeFirst()

export const findPersonByDocIndex = (db: Db, docBidx: string): Promise<PersonRow | undefined> =>
  personSelect(db).where('p.doc_bidx', '=', docBidx).executeTakeFirst()

export interface PersonFilter {
  withinPath: string
  docBidx?: string
  phoneBidx?: string
  namePrefix?: string
  residenceType?: ResidenceType
  keyPerson?: boolean
  householdId?: string
  offset: number
  limit: number
}

export type PeopleFilter = Omit<PersonFilter, 'offset' | 'limit'>

const joined = (db: Db) => db.selectFrom('person as p').innerJoin('region as r', 'r.id', 'p.region_id')
type PersonQuery = ReturnType<typeof joined>

const filtered = (db: Db, f: PeopleFilter) =>
  narrowed(joined(db).where(withinSubtree('r.path', f.withinPath)), f)

/** The filter's conditions on the person row. */
function narrowed(q: PersonQuery, f: PeopleFilter): PersonQuery {
  if (f.docBidx) q = q.where('p.doc_bidx', '=', f.docBidx)
  if (f.phoneBidx) q = q.where('p.phone_bidx', '=', f.phoneBidx)
  if (f.namePrefix) q = q.where('p.name', '>=', f.namePrefix).where('p.name', '<', f.namePrefix + '\uffff')
  if (f.residenceType) q = q.where('p.residence_type', '=', f.residenceType)
  if (f.keyPerson !== undefined) q = q.where('p.key_person', '=', f.keyPerson ? 1 : 0)
  if (f.householdId) q = q.where('p.household_id', '=', f.householdId)
  return q
}

/**
 * The top and a street hold a large share of the people: walking the (name, id) index and
 * skipping those outside beats sorting the scope (SQLite, a street of 250 k: 1 s → 60 ms), so
 * person is made the outer loop (a cross join fixes SQLite's order; PostgreSQL plans it freely).
 * A community or below is small enough that the planner's own choice, its rows sorted, wins.
 */
function pageIds(db: Db, f: PeopleFilter) {
  const depth = f.withinPath.split('/').length - 3 // '/<top>/' is 0, a street 1
  if (depth > 1) return filtered(db, f).select('p.id').orderBy('p.name').orderBy('p.id')
  const outer: PersonQuery = db
    .selectFrom('person as p')
    .crossJoin('region as r')
    .whereRef('r.id', '=', 'p.region_id')
    .where(withinSubtree('r.path', f.withinPath))
  return narrowed(outer, f).select('p.id').orderBy('p.name').orderBy('p.id')
}

export async function searchPeople(db: Db, f: PersonFilter) {
  const q = filtered(db, f)
  // the page's ids first, off the (name, id) index alone; the details of those rows only
  const ids = pageIds(db, f).offset(f.offset).limit(f.limit)
  const [rows, total] = await Promise.all([
    personSelect(db).where('p.id', 'in', ids).orderBy('p.name').orderBy('p.id').execute(),
    boundedCount(db, q),
  ])
  return { rows: rows as PersonRow[], ...total }
}

export const countPeople = (db: Db, f: PeopleFilter) => boundedCount(db, filtered(db, f))

/** The next page after (name, id), in the same order: exports walk a whole result this way. */
export async function searchPeopleAfter(
  db: Db,
  f: PeopleFilter,
  after: { name: string; id: string } | undefined,
  limit: number,
) {
  let ids = pageIds(db, f)
  if (after)
    ids = ids.where((eb) =>
      eb.or([
        eb('p.name', '>', after.name),
        eb.and([eb('p.name', '=', after.name), eb('p.id', '>', after.id)]),
      ]),
    )
  return (await personSelect(db)
    .where('p.id', 'in', ids.limit(limit))
    .orderBy('p.name')
    .orderBy('p.id')
    .execute()) as PersonRow[]
}

export const findHousehold = (db: Db, regionId: string, address: string) =>
  db
    .selectFrom('household')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('address', '=', address)
    .executeTakeFirst()

export const findHouseholdById = (db: Db, id: string) =>
  db
    .selectFrom('household as h')
    .innerJoin('region as r', 'r.id', 'h.region_id')
    .selectAll('h')
    .select(['r.path as region_path', 'r.name as region_name'])
    .where('h.id', '=', id)
    .executeTakeFirst()
