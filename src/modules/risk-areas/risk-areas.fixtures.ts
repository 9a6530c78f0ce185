import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { findTopRegion } from '../regions/index.js'
import { systemActor } from '../../core/actor.js'
import { createRiskArea } from './risk-areas.service.js'
import type { RiskAreaInput } from './risk-areas.schema.js'

export async function makeRiskArea(db: Db, input: Partial<RiskAreaInput> = {}) {
  const top = (await findTopRegion(db))!
  return createRiskArea(db, systemActor(top.id, top.path), {
    name: '湖北省',
    aliases: ['武汉'],
    fromDate: '2020-01-08',
    ...input,
  })
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  risk_area: async (db) =>
    (await makeRiskArea(db, { name: `样例地区${Math.random().toString(36).slice(2, 6)}` })).id,
}
