// Test and sample helpers: agencies, social workers and services made without a scope check.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/index.js'
import { systemActor } from '../../core/actor.js'
import { addWorker, createAgency } from './agencies.service.js'
import { recordService } from './records.service.js'

let serial = 0

const actorIn = async (db: Db, regionId: string) => {
  const region = (await findRegion(db, regionId))!
  return systemActor(region.id, region.path)
}

export async function makeAgency(db: Db, regionId: string) {
  return createAgency(db, await actorIn(db, regionId), { regionId, name: `社工服务中心${serial++}` })
}

export async function makeWorker(db: Db, regionId: string) {
  const agency = await makeAgency(db, regionId)
  return addWorker(db, await actorIn(db, regionId), { agencyId: agency.id, name: '社工' })
}

export async function makeService(db: Db, regionId: string) {
  const worker = await makeWorker(db, regionId)
  const service = await recordService(
    db,
    await actorIn(db, regionId),
    {
      regionId,
      workerId: worker.id,
      date: '2020-02-10',
      channel: 'phone',
      topic: '情绪疏导',
      beneficiaries: 1,
    },
    'Asia/Shanghai',
  )
  return service.id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  sw_agency: async (db, regionId) => (await makeAgency(db, regionId)).id,
  sw_worker: async (db, regionId) => (await makeWorker(db, regionId)).id,
  sw_service: makeService,
}
