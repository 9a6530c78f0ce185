// 区划树: district › street/town › community/village › compound/natural village › building.
import { BELOW_COUNT_LEVEL } from '../../core/day-counts.js'
import { countRebuilders } from '../../core/registry.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { inTransaction, nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { forgetSessions } from '../../core/session-cache.js'
import {
  countChildren,
  findRegion,
  findTopRegion,
  insertRegion,
  listAncestors,
  listChildren,
  rewriteSubtreePaths,
  searchRegions,
  type Region,
  type RegionType,
} from './regions.queries.js'
import type { NewRegion, RegionChanges } from './regions.schema.js'

export const RegionErrors = defineErrors({
  REGION_TYPE_NOT_ALLOWED: {
    status: 400,
    zh: '“{child}”不能设在“{parent}”之下',
    en: 'A {child} cannot be placed under a {parent}',
  },
  REGION_NAME_TAKEN: {
    status: 409,
    zh: '同一上级下已有同名区划',
    en: 'A region with this name already exists here',
  },
  REGION_NOT_EMPTY: {
    status: 409,
    zh: '该区划下还有下级区划或登记记录，不能删除',
    en: 'This region still has sub-regions or records and cannot be deleted',
  },
  REGION_MOVE_INTO_ITSELF: {
    status: 400,
    zh: '不能移到自身或其下级之下',
    en: 'Cannot move a region under itself',
  },
  REGION_IS_SCOPE_ROOT: {
    status: 400,
    zh: '不能删除或移动您自己的管辖区划',
    en: 'You cannot delete or move the region you are scoped to',
  },
})

export const REGION_TYPES: readonly RegionType[] = [
  'district',
  'street',
  'town',
  'community',
  'village',
  'compound',
  'natural_village',
  'building',
]

/** Level in the tree; a child sits at a deeper level than its parent (levels may be skipped). */
export const LEVEL: Record<RegionType, number> = {
  district: 1,
  street: 2,
  town: 2,
  community: 3,
  village: 3,
  compound: 4,
  natural_village: 4,
  building: 5,
}

export async function getRegionInScope(db: Db, actor: Actor, id: string): Promise<Region> {
  const region = await findRegion(db, id)
  assertInScope(actor, region?.path, 'region')
  return region!
}

function assertChildType(parent: Region, type: RegionType) {
  if (LEVEL[type] <= LEVEL[parent.type])
    throw new AppError(RegionErrors.REGION_TYPE_NOT_ALLOWED, { parent: parent.type, child: type })
}

const isUniqueViolation = (e: unknown) =>
  /unique/i.test(String((e as Error)?.message)) || (e as { code?: string })?.code === '23505'

export async function createRegion(db: Db, actor: Actor, input: NewRegion): Promise<Region> {
  const parent = await getRegionInScope(db, actor, input.parentId)
  assertChildType(parent, input.type)
  const id = randomUUID()
  const at = nowIso(now)
  try {
    const region = await insertRegion(db, {
      id,
      parent_id: parent.id,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      type: input.type,
      name: input.name.trim(),
      code: input.code ?? null,
      created_at: at,
      updated_at: at,
    })
    await recordAudit(db, actor, { action: 'region.create', entity: 'region', entityId: id })
    return region
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(RegionErrors.REGION_NAME_TAKEN)
    throw e
  }
}

export async function updateRegion(
  db: Db,
  actor: Actor,
  id: string,
  changes: RegionChanges,
): Promise<Region> {
  const region = await getRegionInScope(db, actor, id)
  if (changes.parentId && changes.parentId !== region.parent_id)
    await moveRegion(db, actor, region, changes.parentId)
  try {
    await db
      .updateTable('region')
      .set({
        ...(changes.name !== undefined && { name: changes.name.trim() }),
        ...(changes.code !== undefined && { code: changes.code }),
        updated_at: nowIso(now),
      })
      .where('id', '=', id)
      .execute()
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(RegionErrors.REGION_NAME_TAKEN)
    throw e
  }
  await recordAudit(db, actor, {
    action: 'region.update',
    entity: 'region',
    entityId: id,
    detail: { fields: Object.keys(changes) },
  })
  return (await findRegion(db, id))!
}

async function moveRegion(db: Db, actor: Actor, region: Region, parentId: string) {
  if (region.id === actor.scopeRegionId) throw new AppError(RegionErrors.REGION_IS_SCOPE_ROOT)
  const parent = await getRegionInScope(db, actor, parentId)
  if (parent.path.startsWith(region.path)) throw new AppError(RegionErrors.REGION_MOVE_INTO_ITSELF)
  assertChildType(parent, region.type)
  await db.updateTable('region').set({ parent_id: parent.id }).where('id', '=', region.id).execute()
  await rewriteSubtreePaths(db, region.path, `${parent.path}${region.id}/`, parent.depth + 1 - region.depth)
  forgetSessions() // accounts scoped inside the moved subtree have a new scope path
  // the report's day counts hang on the community above each record: one below a community
  // may now be under another (rare enough to recount everything, in this transaction)
  if (BELOW_COUNT_LEVEL.has(region.type)) for (const [, rebuild] of countRebuilders()) await rebuild(db)
}

export async function deleteRegion(db: Db, actor: Actor, id: string): Promise<void> {
  const region = await getRegionInScope(db, actor, id)
  if (region.id === actor.scopeRegionId || !region.parent_id)
    throw new AppError(RegionErrors.REGION_IS_SCOPE_ROOT)
  if ((await countChildren(db, id)) > 0) throw new AppError(RegionErrors.REGION_NOT_EMPTY)
  try {
    // Records of other modules point here with foreign keys: the database says if any do.
    await db.deleteFrom('region').where('id', '=', id).execute()
  } catch (e) {
    if (/foreign key/i.test(String((e as Error).message)) || (e as { code?: string }).code === '23503')
      throw new AppError(RegionErrors.REGION_NOT_EMPTY)
    throw e
  }
  await recordAudit(db, actor, { action: 'region.delete', entity: 'region', entityId: id })
}

export interface RegionView extends Region {
  childCount: number
}

export async function regionDetail(db: Db, actor: Actor, id: string) {
  const region = await getRegionInScope(db, actor, id)
  const ancestors = (await listAncestors(db, region.path)).filter((r) => r.path.startsWith(actor.scopePath))
  return { region: { ...region, childCount: await countChildren(db, id) }, ancestors }
}

export async function regionChildren(db: Db, actor: Actor, id: string): Promise<RegionView[]> {
  await getRegionInScope(db, actor, id)
  const rows = await listChildren(db, id)
  return rows.map(({ child_count, ...r }) => ({ ...r, childCount: Number(child_count) }))
}

export const findRegions = (db: Db, actor: Actor, q: string) => searchRegions(db, actor.scopePath, q, 50)

/** An empty database starts with one region: the deployment's own area. */
export async function ensureTopRegion(db: Db, name: string): Promise<Region> {
  const top = await findTopRegion(db)
  if (top) return top
  const id = randomUUID()
  const at = nowIso(now)
  return inTransaction(db, async (trx) => {
    const region = await insertRegion(trx, {
      id,
      parent_id: null,
      path: `/${id}/`,
      depth: 0,
      type: 'district',
      name,
      code: null,
      created_at: at,
      updated_at: at,
    })
    await recordAudit(
      trx,
      { userId: null, username: 'system' },
      { action: 'region.create', entity: 'region', entityId: id },
    )
    return region
  })
}
