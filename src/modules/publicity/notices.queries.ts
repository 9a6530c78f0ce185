import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

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
  }
}

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
    .leftJoin('staff_user as a', 'a.id', 'n.author_id')
    .leftJoin('staff_user as v', 'v.id', 'n.approved_by')
    .selectAll('n')
    .select([
      'r.path as region_path',
      'r.name as region_name',
      'a.display_name as author_name',
      'v.display_name as approver_name',
    ])

export const findNotice = (db: Db, id: string): Promise<NoticeRow | undefined> =>
  noticeSelect(db).where('n.id', '=', id).executeTakeFirst()

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
  return { rows, total: Number(total.n) }
}

/** Published notices that reach a region: those of the region itself and of every ancestor. */
export const listPublishedFor = (db: Db, regionPath: string, limit: number) =>
  noticeSelect(db)
    .where('n.status', '=', 'published')
    .where('n.region_id', 'in', regionPath.split('/').filter(Boolean))
    .orderBy('n.published_at', 'desc')
    .orderBy('n.id')
    .limit(limit)
    .execute()
