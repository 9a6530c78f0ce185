// Test and sample helpers: notices and activity days made without an actor's scope check.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/index.js'
import { systemActor } from '../../core/actor.js'
import { draftNotice } from './notices.service.js'
import type { NoticeKind } from './notices.queries.js'

export async function makeNotice(
  db: Db,
  regionId: string,
  input: { kind?: NoticeKind; title?: string } = {},
) {
  const region = (await findRegion(db, regionId))!
  return draftNotice(db, systemActor(region.id, region.path), {
    regionId,
    kind: input.kind ?? 'knowledge',
    title: input.title ?? '居家防护知识',
    body: '勤洗手、戴口罩、常通风。',
  })
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = { notice: async (db, regionId) => (await makeNotice(db, regionId)).id }
