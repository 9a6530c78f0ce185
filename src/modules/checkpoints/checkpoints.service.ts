// 卡点管理: checkpoints hang on a region; staff see and change those inside their scope.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getRegionInScope, regionChildren } from '../regions/index.js'
import {
  countOpenEntrances,
  findCheckpoint,
  listCheckpointsWithin,
  type CheckpointRow,
  type CheckpointType,
} from './checkpoints.queries.js'
import type { CheckpointChanges, CheckpointFilter, CheckpointInput } from './checkpoints.schema.js'

export const CheckpointErrors = defineErrors({
  CHECKPOINT_NAME_TAKEN: {
    status: 409,
    zh: '该区划下已有同名卡点',
    en: 'A checkpoint with this name already exists here',
  },
  UNKNOWN_CHECKPOINT: {
    status: 404,
    zh: '卡点不存在，或不在您的管辖范围内',
    en: 'No such checkpoint, or it is outside your scope',
  },
})

export interface CheckpointView {
  id: string
  regionId: string
  regionName: string
  type: CheckpointType
  name: string
  location: string | null
  open: boolean
  updatedAt: string
}

export const toCheckpointView = (row: CheckpointRow): CheckpointView => ({
  id: row.id,
  regionId: row.region_id,
  regionName: row.region_name,
  type: row.type,
  name: row.name,
  location: row.location,
  open: row.open === 1,
  updatedAt: row.updated_at,
})

/** The checkpoint if it exists inside the actor's scope; UNKNOWN_CHECKPOINT otherwise. */
export async function getCheckpointInScope(db: Db, actor: Actor, id: string): Promise<CheckpointRow> {
  const row = await findCheckpoint(db, id)
  if (!row || !row.region_path.startsWith(actor.scopePath))
    throw new AppError(CheckpointErrors.UNKNOWN_CHECKPOINT, { checkpointId: id })
  return row
}

const isUniqueViolation = (e: unknown) =>
  /unique/i.test(String((e as Error)?.message)) || (e as { code?: string })?.code === '23505'

export async function createCheckpoint(
  db: Db,
  actor: Actor,
  input: CheckpointInput,
): Promise<CheckpointView> {
  const region = await getRegionInScope(db, actor, input.regionId)
  const id = randomUUID()
  const at = nowIso(now)
  try {
    await db
      .insertInto('checkpoint')
      .values({
        id,
        region_id: region.id,
        type: input.type,
        name: input.name.trim(),
        location: input.location?.trim() || null,
        open: input.open === false ? 0 : 1,
        created_at: at,
        updated_at: at,
      })
      .execute()
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(CheckpointErrors.CHECKPOINT_NAME_TAKEN)
    throw e
  }
  await recordAudit(db, actor, { action: 'checkpoint.create', entity: 'checkpoint', entityId: id })
  return toCheckpointView((await findCheckpoint(db, id))!)
}

export async function updateCheckpoint(
  db: Db,
  actor: Actor,
  id: string,
  changes: CheckpointChanges,
): Promise<CheckpointView> {
  await getCheckpointInScope(db, actor, id)
  try {
    await db
      .updateTable('checkpoint')
      .set({
        ...(changes.type !== undefined && { type: changes.type }),
        ...(changes.name !== undefined && { name: changes.name.trim() }),
        ...(changes.location !== undefined && { location: changes.location?.trim() || null }),
        ...(changes.open !== undefined && { open: changes.open ? 1 : 0 }),
        updated_at: nowIso(now),
      })
      .where('id', '=', id)
      .execute()
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError(CheckpointErrors.CHECKPOINT_NAME_TAKEN)
    throw e
  }
  await recordAudit(db, actor, {
    action: 'checkpoint.update',
    entity: 'checkpoint',
    entityId: id,
    detail: { fields: Object.keys(changes) },
  })
  return toCheckpointView((await findCheckpoint(db, id))!)
}

export async function listCheckpoints(db: Db, actor: Actor, q: CheckpointFilter): Promise<CheckpointView[]> {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const rows = await listCheckpointsWithin(db, {
    withinPath: within,
    type: q.type,
    open: q.open,
    limit: 2000,
  })
  return rows.map(toCheckpointView)
}

/**
 * 封闭管理 at a glance: each compound (or natural village) under a community and how many
 * open entrances it still has. The goal of closed management is exactly one.
 */
export async function entranceCoverage(db: Db, actor: Actor, regionId: string) {
  const region = await getRegionInScope(db, actor, regionId)
  assertInScope(actor, region.path, 'region')
  const children = (await regionChildren(db, actor, region.id)).filter(
    (r) => r.type === 'compound' || r.type === 'natural_village',
  )
  const counts = new Map(
    (
      await countOpenEntrances(
        db,
        children.map((c) => c.id),
      )
    ).map((r) => [r.region_id, Number(r.n)]),
  )
  const items = children.map((c) => ({ regionId: c.id, name: c.name, openEntrances: counts.get(c.id) ?? 0 }))
  return {
    regionId: region.id,
    items,
    singleEntrance: items.filter((i) => i.openEntrances === 1).length,
    withoutEntrance: items.filter((i) => i.openEntrances === 0).length,
    moreThanOne: items.filter((i) => i.openEntrances > 1).length,
  }
}
