// Batch queries for the roster import: one lookup per batch instead of one per row, and
// multi-row inserts. Kept apart from people.queries.ts, which serves single records.
import type { Insertable } from 'kysely'
import type { Db } from '../../../db/db.js'
import type { HouseholdTable, PersonTable } from '../people.queries.js'

export type ExistingPerson = Pick<
  PersonTable,
  | 'id'
  | 'region_id'
  | 'household_id'
  | 'name'
  | 'doc_type'
  | 'doc_bidx'
  | 'phone_bidx'
  | 'sex'
  | 'birth_date'
  | 'residence_type'
  | 'workplace'
> & { region_path: string }

export const findPeopleByDocIndexes = (db: Db, docBidx: string[]): Promise<ExistingPerson[]> =>
  docBidx.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('person as p')
        .innerJoin('region as r', 'r.id', 'p.region_id')
        .select([
          'p.id',
          'p.region_id',
          'p.household_id',
          'p.name',
          'p.doc_type',
          'p.doc_bidx',
          'p.phone_bidx',
          'p.sex',
          'p.birth_date',
          'p.residence_type',
          'p.workplace',
          'r.path as region_path',
        ])
        .where('p.doc_bidx', 'in', docBidx)
        .execute()

/** Households of these regions with these addresses (a superset of the pairs asked for). */
export const findHouseholds = (db: Db, regionIds: string[], addresses: string[]) =>
  db
    .selectFrom('household')
    .select(['id', 'region_id', 'address'])
    .where('region_id', 'in', regionIds)
    .where('address', 'in', addresses)
    .execute()

// 18 columns a person: 500 rows stay under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 500

export async function insertPeople(db: Db, rows: Insertable<PersonTable>[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await db
      .insertInto('person')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute()
}

export async function insertHouseholds(db: Db, rows: Insertable<HouseholdTable>[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK * 2)
    await db
      .insertInto('household')
      .values(rows.slice(i, i + INSERT_CHUNK * 2))
      .execute()
}

export const updatePerson = (db: Db, id: string, fields: Partial<PersonTable>) =>
  db.updateTable('person').set(fields).where('id', '=', id).execute()
