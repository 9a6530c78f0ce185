import type { Db } from '../../db/db.js'
import { findTopRegion } from '../regions/regions.queries.js'
import { systemActor } from '../auth/actor.js'
import { createRiskArea, type RiskAreaInput } from './risk-areas.service.js'

export async function makeRiskArea(db: Db, input: Partial<RiskAreaInput> = {}) {
  const top = (await findTopRegion(db))!
  return createRiskArea(db, systemActor(top.id, top.path), {
    name: '湖北省',
    aliases: ['武汉'],
    fromDate: '2020-01-08',
    ...input,
  })
}
