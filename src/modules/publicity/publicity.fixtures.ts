// Test and sample helpers: notices and activity days made without an actor's scope check.
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/regions.queries.js'
import { systemActor } from '../auth/actor.js'
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
