// 批量写入: one batch of checked rows in one transaction. Existing people are found by the
// document's blind index in one query; a row that would change nothing is not written (a
// re-import is a no-op); new people go in with multi-row inserts. Encryption happens only
// for rows that are written.
import { randomUUID } from 'node:crypto'
import type { Insertable } from 'kysely'
import type { Db } from '../../../db/db.js'
import { nowIso } from '../../../db/db.js'
import { now } from '../../../core/clock.js'
import { blindIndex, encryptField } from '../../../crypto/pii.js'
import { uuidv7 } from '../../../shared/uuid7.js'
import { maskDocument, maskPhone } from '../../../shared/identity.js'
import { isInScope, type Actor } from '../../../core/actor.js'
import type { PersonTable } from '../people.queries.js'
import {
  findHouseholds,
  findPeopleByDocIndexes,
  insertHouseholds,
  insertPeople,
  updatePerson,
  type ExistingPerson,
} from './queries.js'
import type { CheckedRow, RowError } from './validate.js'

export interface PlacedRow {
  row: CheckedRow
  regionId: string
  address: string | null
}

export interface BatchResult {
  imported: number
  updated: number
  unchanged: number
  errors: RowError[]
}

/** region id + address → household id, kept across batches (bounded). */
export type HouseholdCache = Map<string, string>
const HOUSEHOLD_CACHE_LIMIT = 200_000
const hhKey = (regionId: string, address: string) => `${regionId}\u0000${address}`

async function ensureHouseholds(db: Db, rows: PlacedRow[], cache: HouseholdCache, at: string) {
  const wanted = new Map<string, { regionId: string; address: string }>()
  for (const { regionId, address } of rows)
    if (address && !cache.has(hhKey(regionId, address)))
      wanted.set(hhKey(regionId, address), { regionId, address })
  if (wanted.size === 0) return
  if (cache.size > HOUSEHOLD_CACHE_LIMIT) cache.clear()
  const regionIds = [...new Set([...wanted.values()].map((w) => w.regionId))]
  const addresses = [...new Set([...wanted.values()].map((w) => w.address))]
  for (const h of await findHouseholds(db, regionIds, addresses))
    cache.set(hhKey(h.region_id, h.address), h.id)
  const fresh = [...wanted.entries()]
    .filter(([key]) => !cache.has(key))
    .map(([key, w]) => {
      const id = randomUUID()
      cache.set(key, id)
      return { id, region_id: w.regionId, address: w.address, created_at: at, updated_at: at }
    })
  await insertHouseholds(db, fresh)
}

/** The fields a registration sets; an empty cell keeps what is on file (as registerPerson does). */
function mergedFields(p: PlacedRow, householdId: string | null, existing?: ExistingPerson) {
  const r = p.row
  return {
    region_id: p.regionId,
    household_id: householdId ?? existing?.household_id ?? null,
    name: r.name,
    doc_type: r.docType,
    phone_bidx: r.phone ? blindIndex('phone', r.phone) : (existing?.phone_bidx ?? null),
    sex: r.sex ?? existing?.sex ?? null,
    birth_date: r.birthDate ?? existing?.birth_date ?? null,
    residence_type: r.residenceType ?? existing?.residence_type ?? 'registered',
    workplace: r.workplace ?? existing?.workplace ?? null,
  }
}

type Merged = ReturnType<typeof mergedFields>

const changedKeys = (next: Merged, old: ExistingPerson) =>
  (Object.keys(next) as (keyof Merged)[]).filter((k) => next[k] !== old[k])

export async function writeBatch(
  db: Db,
  actor: Actor,
  rows: PlacedRow[],
  households: HouseholdCache,
): Promise<BatchResult> {
  const at = nowIso(now)
  const result: BatchResult = { imported: 0, updated: 0, unchanged: 0, errors: [] }
  const existing = new Map(
    (
      await findPeopleByDocIndexes(
        db,
        rows.map((p) => p.row.docBidx),
      )
    ).map((e) => [e.doc_bidx, e]),
  )
  const writable = rows.filter((p) => {
    const old = existing.get(p.row.docBidx)
    if (!old || isInScope(actor, old.region_path)) return true
    result.errors.push({
      rowNo: p.row.rowNo,
      column: '证件号码',
      code: 'PERSON_REGISTERED_ELSEWHERE',
      details: {},
    })
    return false
  })
  await ensureHouseholds(db, writable, households, at)

  const inserts: Insertable<PersonTable>[] = []
  for (const p of writable) {
    const old = existing.get(p.row.docBidx)
    const householdId = p.address ? households.get(hhKey(p.regionId, p.address))! : null
    const next = mergedFields(p, householdId, old)
    const phone = p.row.phone
    if (!old) {
      inserts.push({
        id: uuidv7(),
        ...next,
        doc_enc: encryptField(p.row.doc),
        doc_bidx: p.row.docBidx,
        doc_masked: maskDocument(p.row.doc),
        proof: 'confirmed',
        phone_enc: phone ? encryptField(phone) : null,
        phone_masked: phone ? maskPhone(phone) : null,
        key_person: 0,
        created_at: at,
        updated_at: at,
      })
      continue
    }
    const changed = changedKeys(next, old)
    if (changed.length === 0) {
      result.unchanged++
      continue
    }
    const phoneChanged = changed.includes('phone_bidx') && phone
    await updatePerson(db, old.id, {
      ...Object.fromEntries(changed.map((k) => [k, next[k]])),
      ...(phoneChanged && { phone_enc: encryptField(phone), phone_masked: maskPhone(phone) }),
      updated_at: at,
    })
    result.updated++
  }
  await insertPeople(db, inserts)
  result.imported = inserts.length
  return result
}
