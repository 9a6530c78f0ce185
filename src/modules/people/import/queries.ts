// Batch queries for the roster import: one lookup per batch instead of one per row, and
// multi-row inserts. Kept apart from people.queries.ts, which serves single records.
import { CompiledQuery, sql, type Insertable } from 'kysely'
import { dialectOf, type Db } from '../../../db/db.js'
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

const PERSON_COLUMNS = [
  'id',
  'region_id',
  'household_id',
  'name',
  'doc_type',
  'doc_enc',
  'doc_bidx',
  'doc_masked',
  'phone_enc',
  'phone_bidx',
  'phone_masked',
  'sex',
  'birth_date',
  'residence_type',
  'workplace',
  'key_person',
  'proof',
  'created_at',
  'updated_at',
] as const satisfies readonly (keyof PersonTable)[]

// 19 columns a person: 1000 rows stay under SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const INSERT_CHUNK = 1000
const insertSql = new Map<string, string>()

/** The statement text for `rows` people, built once per size and dialect: the query builder
 * cost more per row than SQLite's own insert, and the same text reuses the prepared statement. */
function personInsertSql(postgres: boolean, rows: number): string {
  const key = `${postgres}:${rows}`
  let text = insertSql.get(key)
  if (!text) {
    let n = 0
    const tuple = () => `(${PERSON_COLUMNS.map(() => (postgres ? `$${++n}` : '?')).join(',')})`
    text = `insert into person (${PERSON_COLUMNS.join(',')}) values ${Array.from({ length: rows }, tuple).join(',')}`
    insertSql.set(key, text)
  }
  return text
}

export async function insertPeople(db: Db, rows: Insertable<PersonTable>[]) {
  const postgres = dialectOf(db) === 'postgres'
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK)
    const params: unknown[] = []
    for (const row of chunk) for (const c of PERSON_COLUMNS) params.push(row[c] ?? null)
    await db.executeQuery(CompiledQuery.raw(personInsertSql(postgres, chunk.length), params))
  }
}

export async function insertHouseholds(db: Db, rows: Insertable<HouseholdTable>[]) {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK)
    await db
      .insertInto('household')
      .values(rows.slice(i, i + INSERT_CHUNK))
      .execute()
}

export const updatePerson = (db: Db, id: string, fields: Partial<PersonTable>) =>
  db.updateTable('person').set(fields).where('id', '=', id).execute()

export const personTableIsEmpty = async (db: Db) =>
  (await db.selectFrom('person').select('id').limit(1).execute()).length === 0

/** An index of the person table that a first load builds after the rows are in. */
export interface SecondaryIndex {
  name: string
  definition: string
}

/**
 * The person table's plain indexes, dropped (in the caller's transaction): the primary key and
 * unique indexes stay, as they keep one person per document while the rows go in.
 */
export async function dropSecondaryIndexes(db: Db): Promise<SecondaryIndex[]> {
  const found =
    dialectOf(db) === 'postgres'
      ? await sql<SecondaryIndex>`select c.relname as name, pg_get_indexdef(i.indexrelid) as definition
          from pg_index i join pg_class c on c.oid = i.indexrelid
          where i.indrelid = 'person'::regclass and not i.indisunique and not i.indisprimary
          order by c.relname`.execute(db)
      : await sql<SecondaryIndex>`select name, sql as definition from sqlite_master
          where type = 'index' and tbl_name = 'person' and sql is not null
            and upper(sql) not like 'CREATE UNIQUE%' order by name`.execute(db)
  for (const index of found.rows) await sql`drop index ${sql.id(index.name)}`.execute(db)
  return found.rows
}

export async function createIndexes(db: Db, indexes: SecondaryIndex[]) {
  for (const index of indexes) await sql.raw(index.definition).execute(db)
}

/**
 * SQLite's page cache down to 16 MB for a first load, until the returned function puts it
 * back: the load appends, so a large cache buys little, and at a million rows its 64 MB (and
 * the index sort's as much again) were what took the import past 400 MB (docs/SCALING.md).
 */
export async function smallPageCache(db: Db): Promise<() => Promise<void>> {
  if (dialectOf(db) === 'postgres') return async () => undefined
  const { rows } = await sql<{ cache_size: number }>`pragma cache_size`.execute(db)
  await sql`pragma cache_size = -16384`.execute(db)
  return async () => void (await sql.raw(`pragma cache_size = ${Number(rows[0].cache_size)}`).execute(db))
}
