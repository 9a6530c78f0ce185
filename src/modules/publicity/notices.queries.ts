import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import { userNames } from '../auth/index.js'

// 通告类别: 指挥部通告 / 致居民的一封信 / 规定（如“十一个必须”）/ 防护知识 / 辟谣 / 好人好事
export const NOTICE_KINDS = ['command', 'letter', 'rules', 'knowledge', 'rumour', 'story'] as const
export type NoticeKind = (typeof NOTICE_KINDS)[number]
// 草稿 → 已审核 → 已发布 (→ 已撤回)
export type NoticeStatus = 'draft' | 'approved' | 'published' | 'withdrawn'

export interface NoticeTable {
  id: string
  region_id: string
  kind: NoticeKind
  title: string
  body: string
  status: NoticeStatus
  author_id: string | null
  approved_by: string | null
  approved_at: string | null
  published_by: string | null
  published_at: string | null
  withdrawn_at: string | null
  created_at: string
  updated_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    notice: NoticeTable
    notice_editor: { notice_id: string; user_id: string }
  }
}

export const addNoticeEditor = (db: Db, noticeId: string, userId: string) =>
  db
    .insertInto('notice_editor')
    .values({ notice_id: noticeId, user_id: userId })
    .onConflict((oc) => oc.columns(['notice_id', 'user_id']).doNothing())
    .execute()

export const hasEditedNotice = async (db: Db, noticeId: string, userId: string) =>
  !!(await db
    .selectFrom('notice_editor')
    .select('user_id')
    .where('notice_id', '=', noticeId)
    .where('user_id', '=', userId)
    .executeTakeFirst())

export type NoticeRow = NoticeTable & {
  region_path: string
  region_name: string
  author_name: string | null
  approver_name: string | null
}

const noticeSelect = (db: Db) =>
  db
    .selectFrom('notice as n')
    .innerJoin('region as r', 'r.id', 'n.region_id')
    .selectAll('n')
    .select(['r.path as region_path', 'r.name as region_name'])

/** Author and approver by display name, from the auth module: one look-up for all the rows. */
async function withNames(db: Db, rows: Omit<NoticeRow, 'author_name' | 'approver_name'>[]) {
  const names = await userNames(
    db,
    rows.flatMap((n) => [n.author_id, n.approved_by]),
  )
  const nameOf = (id: string | null) => (id && names.get(id)) ?? null
  return rows.map((n): NoticeRow => ({
    ...n,
    author_name: nameOf(n.author_id),
    approver_name: nameOf(n.approved_by),
  }))
}

export const findNotice = async (db: Db, id: string): Promise<NoticeRow | undefined> =>
  (await withNames(db, await noticeSelect(db).where('n.id', '=', id).execute()))[0]

export interface NoticeFilter {
  withinPath: string
  status?: NoticeStatus
  kind?: NoticeKind
  offset: number
  limit: number
}

export async function searchNotices(db: Db, f: NoticeFilter) {
  let q = noticeSelect(db).where(withinSubtree('r.path', f.withinPath))
  if (f.status) q = q.where('n.status', '=', f.status)
  if (f.kind) q = q.where('n.kind', '=', f.kind)
  const [rows, total] = await Promise.all([
    q.orderBy('n.updated_at', 'desc').orderBy('n.id').offset(f.offset).limit(f.limit).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ])
  return { rows: await withNames(db, rows), total: Number(total.n) }
}

/** Published notices that reach a region: those of the region itself and of every ancestor. */
export const listPublishedFor = async (db: Db, regionPath: string, limit: number) =>
  withNames(
    db,
    await noticeSelect(db)
      .where('n.status', '=', 'published')
      .where('n.region_id', 'in', regionPath.split('/').filter(Boolean))
      .orderBy('n.published_at', 'desc')
      .orderBy('n.id')
      .limit(limit)
      .execute(),
  )
