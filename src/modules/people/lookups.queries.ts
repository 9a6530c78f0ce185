// What other modules read of the registry (through index.ts): names for their lists,
// households for a checklist or a team, counts for coverage. Batched by ids (never a query per
// row); where the filter is on people's data (a household's region), it runs here.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { SUBTREE_END, withinSubtree } from '../../core/subtree.js'

// in chunks: SQLite caps the number of bound parameters in one statement
const CHUNK = 500

export interface PersonLabel {
  name: string
  docMasked: string
  /** the household's address */
  address: string | null
}

/** Name, masked document and address of these people; unknown ids are left out. */
export async function personLabels(
  db: Db,
  ids: Iterable<string | null | undefined>,
): Promise<Map<string, PersonLabel>> {
  const wanted = [...new Set([...ids].filter((id): id is string => !!id))]
  const out = new Map<string, PersonLabel>()
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const rows = await db
      .selectFrom('person as p')
      .leftJoin('household as h', 'h.id', 'p.household_id')
      .select(['p.id', 'p.name', 'p.doc_masked', 'h.address'])
      .where('p.id', 'in', wanted.slice(i, i + CHUNK))
      .execute()
    for (const r of rows) out.set(r.id, { name: r.name, docMasked: r.doc_masked, address: r.address })
  }
  return out
}

/** Registry people holding any of these phone blind indexes: index → person id. */
export async function personIdsByPhoneIndex(db: Db, bidxs: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>()
  for (let i = 0; i < bidxs.length; i += CHUNK) {
    const rows = await db
      .selectFrom('person')
      .select(['id', 'phone_bidx'])
      .where('phone_bidx', 'in', bidxs.slice(i, i + CHUNK))
      .execute()
    for (const r of rows) if (r.phone_bidx) found.set(r.phone_bidx, r.id)
  }
  return found
}

/** Households in a region subtree, building by building and by address (户户进门: a sweep's checklist). */
export const householdsWithin = (db: Db, path: string) =>
  db
    .selectFrom('household as h')
    .innerJoin('region as r', 'r.id', 'h.region_id')
    .select(['h.id', 'h.region_id', 'h.address'])
    .where(withinSubtree('r.path', path))
    .orderBy('r.path')
    .orderBy('h.address')
    .execute()

/**
 * These households with their region's name, by region name and address. One statement, so
 * the database sorts: for a team's own households (百户固定法, about a hundred).
 */
export const householdsByIds = async (db: Db, ids: string[]) =>
  ids.length === 0
    ? []
    : db
        .selectFrom('household as h')
        .innerJoin('region as r', 'r.id', 'h.region_id')
        .select(['h.id', 'h.region_id', 'h.address', 'r.name as region_name'])
        .where('h.id', 'in', ids)
        .orderBy('r.name')
        .orderBy('h.address')
        .execute()

/** Regions of the subtrees under these regions (a region id → the ids of it and all below). */
const subtreeRegions = (db: Db, regionIds: string[]) =>
  db
    .selectFrom('region as ar')
    .innerJoin('region as hr', (j) =>
      j.on(sql<boolean>`hr.path >= ar.path and hr.path < ar.path || ${SUBTREE_END}`),
    )
    .where('ar.id', 'in', regionIds)

/** Households in the subtree under each of these regions (a household under two counts for both). */
export async function householdCountsUnder(db: Db, regionIds: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  if (!regionIds.length) return counts
  const rows = await subtreeRegions(db, [...new Set(regionIds)])
    .innerJoin('household as h', 'h.region_id', 'hr.id')
    .select(['ar.id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('ar.id')
    .execute()
  for (const r of rows) counts.set(r.id, Number(r.n))
  return counts
}

/**
 * Households under any of these regions or among these ids, each once, and the people living
 * in them: what a grid team covers (its areas and its own households).
 */
export async function householdCoverage(db: Db, f: { regionIds: string[]; householdIds: string[] }) {
  if (!f.regionIds.length && !f.householdIds.length) return { households: 0, people: 0 }
  const covered = db
    .selectFrom('household as h')
    .select('h.id')
    .where((eb) =>
      eb.or([
        ...(f.regionIds.length
          ? [eb('h.region_id', 'in', subtreeRegions(db, f.regionIds).select('hr.id'))]
          : []),
        ...(f.householdIds.length ? [eb('h.id', 'in', f.householdIds)] : []),
      ]),
    )
  const [households, people] = await Promise.all([
    db
      .selectFrom(covered.as('c'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('person as p')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('p.household_id', 'in', covered)
      .executeTakeFirstOrThrow(),
  ])
  return { households: Number(households.n), people: Number(people.n) }
}
