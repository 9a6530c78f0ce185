// What the public community page (no login) may read: the community's name, its published
// notices (its own and those of every region above it) and the daily bulletin's counts.
import type { Db } from '../../db/db.js'
import type { Region } from '../regions/index.js'
import { findNotice, listPublishedFor, type NoticeRow } from './notices.queries.js'

// A street or the district has a page too (its notices, its bulletin over a larger area);
// compounds and buildings do not: their counts would be too small to publish.
const PUBLIC_TYPES = new Set(['district', 'street', 'town', 'community', 'village'])

/** A community (or any region above one) by its id or its official code. */
export async function findPublicCommunity(db: Db, ref: string): Promise<Region | undefined> {
  const byId = await db.selectFrom('region').selectAll().where('id', '=', ref).executeTakeFirst()
  const region =
    byId ??
    (await db.selectFrom('region').selectAll().where('code', '=', ref).orderBy('depth').executeTakeFirst())
  return region && PUBLIC_TYPES.has(region.type) ? region : undefined
}

export const publishedNotices = (db: Db, community: Region, limit = 50) =>
  listPublishedFor(db, community.path, limit)

/** A published notice that reaches this community, or undefined. */
export async function publishedNotice(db: Db, community: Region, id: string): Promise<NoticeRow | undefined> {
  const notice = await findNotice(db, id)
  if (!notice || notice.status !== 'published') return undefined
  return community.path.startsWith(notice.region_path) ? notice : undefined
}
