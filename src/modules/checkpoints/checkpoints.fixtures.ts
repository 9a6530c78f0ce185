// Test and sample helpers: checkpoints and shifts made without an actor (no scope check, no audit).
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { createUserDirect } from '../auth/auth.fixtures.js'
import type { CheckpointType } from './checkpoints.queries.js'

export async function makeCheckpoint(
  db: Db,
  regionId: string,
  overrides: { type?: CheckpointType; name?: string; open?: boolean } = {},
) {
  const id = randomUUID()
  const at = nowIso()
  await db
    .insertInto('checkpoint')
    .values({
      id,
      region_id: regionId,
      type: overrides.type ?? 'compound',
      name: overrides.name ?? `卡点-${id.slice(0, 8)}`,
      location: null,
      open: overrides.open === false ? 0 : 1,
      created_at: at,
      updated_at: at,
    })
    .execute()
  return id
}

export async function makeShift(db: Db, regionId: string) {
  const checkpointId = await makeCheckpoint(db, regionId)
  const staff = await createUserDirect(db, { role: 'checkpoint_staff', scopeRegionId: regionId })
  const id = randomUUID()
  await db
    .insertInto('checkpoint_shift')
    .values({
      id,
      checkpoint_id: checkpointId,
      staff_user_id: staff.id,
      starts_at: '2026-01-01T00:00:00.000Z',
      ends_at: '2026-01-01T08:00:00.000Z',
      created_at: nowIso(),
    })
    .execute()
  return id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  checkpoint: (db, regionId) => makeCheckpoint(db, regionId),
  shift: (db, regionId) => makeShift(db, regionId),
}
