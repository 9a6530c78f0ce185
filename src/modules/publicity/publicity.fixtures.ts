// Test and sample helpers: notices and activity days made without an actor's scope check.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
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

/** A notice already approved (or published) by someone else, for the next step of its life. */
async function noticeIn(db: Db, regionId: string, status: 'approved' | 'published') {
  const { id } = await makeNotice(db, regionId)
  const at = nowIso()
  await db
    .updateTable('notice')
    .set({ status, approved_at: at, ...(status === 'published' && { published_at: at }), updated_at: at })
    .where('id', '=', id)
    .execute()
  return id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  notice: async (db, regionId) => (await makeNotice(db, regionId)).id,
  approved_notice: (db, regionId) => noticeIn(db, regionId, 'approved'),
  published_notice: (db, regionId) => noticeIn(db, regionId, 'published'),
}
