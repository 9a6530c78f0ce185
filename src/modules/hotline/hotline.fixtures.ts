// Test and sample helpers: hotline shifts and calls made without an actor's scope check.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/index.js'
import { systemActor } from '../../core/actor.js'
import { createUserDirect } from '../auth/auth.fixtures.js'
import { addHotlineShift } from './roster.service.js'
import { recordCall } from './calls.service.js'

const actorIn = async (db: Db, regionId: string) => {
  const region = (await findRegion(db, regionId))!
  return systemActor(region.id, region.path)
}

export async function makeHotlineShift(db: Db, regionId: string) {
  const expert = await createUserDirect(db, { role: 'social_worker', scopeRegionId: regionId })
  const shift = await addHotlineShift(db, await actorIn(db, regionId), {
    regionId,
    expertId: expert.id,
    startsAt: '2020-02-09T00:00:00.000Z',
    endsAt: '2020-02-09T08:00:00.000Z',
  })
  return shift.id
}

export async function makeHotlineCall(db: Db, regionId: string) {
  const call = await recordCall(
    db,
    await actorIn(db, regionId),
    {
      regionId,
      startedAt: '2020-02-09T12:00:00.000Z',
      durationMinutes: 20,
      channel: 'phone',
      category: 'anxiety',
      riskLevel: 'low',
      followUp: false,
    },
    'Asia/Shanghai',
  )
  return call.id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = { hotline_shift: makeHotlineShift, hotline_call: makeHotlineCall }
