// 场所码: codes printed on posters. A resident scanning one lands on /r/<code>, and the
// declaration is placed in that compound. Codes are random, short and unambiguous to read.
import { randomInt } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { findRegion } from '../regions/index.js'
import './posters.queries.js'

export const PlaceErrors = defineErrors({
  PLACE_UNKNOWN: {
    status: 404,
    zh: '二维码无效或已停用，请扫描小区或卡点张贴的最新海报',
    en: 'Unknown or withdrawn place code: scan the poster at the compound or checkpoint',
  },
})

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ' // no 0/O, 1/I/L
export const PLACE_CODE = /^[2-9A-HJKMNP-Z]{8}$/

function newCode(): string {
  let s = ''
  for (let i = 0; i < 8; i++) s += ALPHABET[randomInt(ALPHABET.length)]
  return s
}

export interface PlaceRef {
  regionId: string
  refKind: 'region' | 'checkpoint'
  refId: string
  name: string
}

const codeOf = (db: Db, ref: Pick<PlaceRef, 'refKind' | 'refId'>) =>
  db
    .selectFrom('place')
    .select('code')
    .where('ref_kind', '=', ref.refKind)
    .where('ref_id', '=', ref.refId)
    .executeTakeFirst()

/**
 * The code of a place, made the first time it is asked for (checkpoints call this too).
 * Several first requests may race (four people printing a new checkpoint's poster): each
 * inserts with ON CONFLICT DO NOTHING and then reads what is there, so all get the one code.
 * PostgreSQL makes a racing insert wait for the first one's commit, and the read after it
 * sees that row.
 */
export async function ensurePlaceCode(db: Db, ref: PlaceRef): Promise<string> {
  for (;;) {
    const existing = await codeOf(db, ref)
    if (existing) return existing.code
    await db
      .insertInto('place')
      .values({
        code: newCode(),
        region_id: ref.regionId,
        ref_kind: ref.refKind,
        ref_id: ref.refId,
        name: ref.name,
        created_at: nowIso(now),
      })
      .onConflict((oc) => oc.doNothing())
      .execute()
    // nothing read back: the random code was taken by another place; draw again
  }
}

const CHUNK = 500 // below SQLite's bound-parameter limit

export const placeKey = (kind: string, id: string) => `${kind}:${id}`

/**
 * Codes for many places at once (a community's posters), keyed by `<kind>:<id>`: one read per
 * 500 places and one insert for the missing ones, not two statements per place. Run it in a
 * transaction.
 */
/** The stored codes of `refs`, 500 at a time, into `codes`. */
async function readCodes(db: Db, refs: PlaceRef[], codes: Map<string, string>) {
  for (let i = 0; i < refs.length; i += CHUNK) {
    const ids = refs.slice(i, i + CHUNK).map((r) => r.refId)
    const rows = await db
      .selectFrom('place')
      .select(['ref_kind', 'ref_id', 'code'])
      .where('ref_id', 'in', ids)
      .execute()
    for (const row of rows) codes.set(placeKey(row.ref_kind, row.ref_id), row.code)
  }
}

export async function ensurePlaceCodes(db: Db, refs: PlaceRef[]): Promise<Map<string, string>> {
  const codes = new Map<string, string>()
  await readCodes(db, refs, codes)
  const missing = refs.filter((r) => !codes.has(placeKey(r.refKind, r.refId)))
  const at = nowIso(now)
  for (let i = 0; i < missing.length; i += CHUNK) {
    const rows = missing.slice(i, i + CHUNK).map((r) => {
      return {
        code: newCode(),
        region_id: r.regionId,
        ref_kind: r.refKind,
        ref_id: r.refId,
        name: r.name,
        created_at: at,
      }
    })
    await db
      .insertInto('place')
      .values(rows)
      .onConflict((oc) => oc.doNothing())
      .execute()
  }
  // a racing request may have made some of them first (or a random code was taken): read
  // back what is stored, and make the few still missing one at a time
  await readCodes(db, missing, codes)
  for (const r of missing)
    if (!codes.has(placeKey(r.refKind, r.refId)))
      codes.set(placeKey(r.refKind, r.refId), await ensurePlaceCode(db, r))
  return codes
}

export const ensureRegionPlace = (db: Db, region: { id: string; name: string }) =>
  ensurePlaceCode(db, { regionId: region.id, refKind: 'region', refId: region.id, name: region.name })

/** What a scanned code means: the place and the region a declaration goes to. */
export async function resolvePlace(db: Db, code: string) {
  const normal = code.trim().toUpperCase()
  const place = PLACE_CODE.test(normal)
    ? await db.selectFrom('place').selectAll().where('code', '=', normal).executeTakeFirst()
    : undefined
  const region = place && (await findRegion(db, place.region_id))
  if (!place || !region) throw new AppError(PlaceErrors.PLACE_UNKNOWN)
  return {
    code: place.code,
    name: place.name,
    regionId: region.id,
    regionName: region.name,
    regionPath: region.path,
  }
}
