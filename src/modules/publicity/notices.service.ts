// 宣传通告: drafted, approved by a second account (两人把关), then published for the subtree
// of its region; the public community page and its Atom feed show only published ones.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, type Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { assertIndependentApprover } from '../auth/index.js'
import {
  addNoticeEditor,
  findNotice,
  hasEditedNotice,
  searchNotices,
  type NoticeKind,
  type NoticeRow,
  type NoticeStatus,
} from './notices.queries.js'
import type { NoticeChangesInput, NoticeInput, NoticeQueryInput } from './publicity.schema.js'

export const NoticeErrors = defineErrors({
  NOTICE_NOT_DRAFT: {
    status: 409,
    zh: '只有草稿可以修改或审核（当前状态：{status}）',
    en: 'Only a draft can be edited or approved (now: {status})',
  },
  NOTICE_SELF_APPROVAL: {
    status: 403,
    zh: '起草或修改过该通告的人不能审核它，请由另一位同事审核',
    en: 'Whoever wrote or edited a notice cannot approve it: another account must',
  },
  NOTICE_NOT_APPROVED: {
    status: 409,
    zh: '通告须先审核才能发布（当前状态：{status}）',
    en: 'A notice must be approved before it is published (now: {status})',
  },
  NOTICE_NOT_PUBLISHED: { status: 409, zh: '该通告未发布，无需撤回', en: 'This notice is not published' },
})

export interface NoticeView {
  id: string
  regionId: string
  regionName: string
  kind: NoticeKind
  title: string
  body: string
  status: NoticeStatus
  authorId: string | null
  authorName: string | null
  approvedBy: string | null
  approverName: string | null
  approvedAt: string | null
  publishedAt: string | null
  withdrawnAt: string | null
  createdAt: string
  updatedAt: string
}

export const toNoticeView = (n: NoticeRow): NoticeView => ({
  id: n.id,
  regionId: n.region_id,
  regionName: n.region_name,
  kind: n.kind,
  title: n.title,
  body: n.body,
  status: n.status,
  authorId: n.author_id,
  authorName: n.author_name,
  approvedBy: n.approved_by,
  approverName: n.approver_name,
  approvedAt: n.approved_at,
  publishedAt: n.published_at,
  withdrawnAt: n.withdrawn_at,
  createdAt: n.created_at,
  updatedAt: n.updated_at,
})

export async function getNoticeInScope(db: Db, actor: Actor, id: string): Promise<NoticeRow> {
  const row = await findNotice(db, id)
  assertInScope(actor, row?.region_path, 'notice')
  return row!
}

export async function draftNotice(db: Db, actor: Actor, input: NoticeInput): Promise<NoticeView> {
  const region = await getRegionInScope(db, actor, input.regionId)
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('notice')
    .values({
      id,
      region_id: region.id,
      kind: input.kind,
      title: input.title.trim(),
      body: input.body.trim(),
      status: 'draft',
      author_id: actor.userId,
      approved_by: null,
      approved_at: null,
      published_by: null,
      published_at: null,
      withdrawn_at: null,
      created_at: at,
      updated_at: at,
    })
    .execute()
  await recordAudit(db, actor, { action: 'notice.draft', entity: 'notice', entityId: id })
  return toNoticeView((await findNotice(db, id))!)
}

export async function editNotice(db: Db, actor: Actor, id: string, changes: NoticeChangesInput) {
  const notice = await getNoticeInScope(db, actor, id)
  if (notice.status !== 'draft') throw new AppError(NoticeErrors.NOTICE_NOT_DRAFT, { status: notice.status })
  const region = changes.regionId ? await getRegionInScope(db, actor, changes.regionId) : undefined
  const updated = await db
    .updateTable('notice')
    .set({
      ...(region && { region_id: region.id }),
      ...(changes.kind && { kind: changes.kind }),
      ...(changes.title !== undefined && { title: changes.title.trim() }),
      ...(changes.body !== undefined && { body: changes.body.trim() }),
      updated_at: nowIso(now),
    })
    .where('id', '=', id)
    .where('status', '=', 'draft') // approved meanwhile: the approved text stays as approved
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1)
    throw new AppError(NoticeErrors.NOTICE_NOT_DRAFT, { status: 'approved' })
  if (actor.userId) await addNoticeEditor(db, id, actor.userId)
  await recordAudit(db, actor, {
    action: 'notice.edit',
    entity: 'notice',
    entityId: id,
    detail: { fields: Object.keys(changes) },
  })
  return toNoticeView((await findNotice(db, id))!)
}

/** 审核: a second pair of eyes; the text is frozen from here on. */
export async function approveNotice(db: Db, actor: Actor, id: string): Promise<NoticeView> {
  const notice = await getNoticeInScope(db, actor, id)
  if (notice.status !== 'draft') throw new AppError(NoticeErrors.NOTICE_NOT_DRAFT, { status: notice.status })
  // not the author, nor anyone who edited the text, nor an account the author made or reset
  if (!actor.userId || notice.author_id === actor.userId || (await hasEditedNotice(db, id, actor.userId)))
    throw new AppError(NoticeErrors.NOTICE_SELF_APPROVAL)
  if (notice.author_id) await assertIndependentApprover(db, actor.userId, notice.author_id)
  const at = nowIso(now)
  const updated = await db
    .updateTable('notice')
    .set({ status: 'approved', approved_by: actor.userId, approved_at: at, updated_at: at })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  if (Number(updated.numUpdatedRows) !== 1)
    throw new AppError(NoticeErrors.NOTICE_NOT_DRAFT, { status: 'approved' })
  await recordAudit(db, actor, { action: 'notice.approve', entity: 'notice', entityId: id })
  return toNoticeView((await findNotice(db, id))!)
}

export async function publishNotice(db: Db, actor: Actor, id: string): Promise<NoticeView> {
  const notice = await getNoticeInScope(db, actor, id)
  if (notice.status !== 'approved')
    throw new AppError(NoticeErrors.NOTICE_NOT_APPROVED, { status: notice.status })
  const at = nowIso(now)
  await db
    .updateTable('notice')
    .set({ status: 'published', published_by: actor.userId, published_at: at, updated_at: at })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, { action: 'notice.publish', entity: 'notice', entityId: id })
  return toNoticeView((await findNotice(db, id))!)
}

/** 撤回: off the public page and the feed; the record stays. */
export async function withdrawNotice(db: Db, actor: Actor, id: string): Promise<NoticeView> {
  const notice = await getNoticeInScope(db, actor, id)
  if (notice.status !== 'published') throw new AppError(NoticeErrors.NOTICE_NOT_PUBLISHED)
  const at = nowIso(now)
  await db
    .updateTable('notice')
    .set({ status: 'withdrawn', withdrawn_at: at, updated_at: at })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, { action: 'notice.withdraw', entity: 'notice', entityId: id })
  return toNoticeView((await findNotice(db, id))!)
}

export async function listNotices(db: Db, actor: Actor, q: NoticeQueryInput) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const { rows, total } = await searchNotices(db, {
    withinPath: within,
    status: q.status,
    kind: q.kind,
    offset: (q.page - 1) * q.pageSize,
    limit: q.pageSize,
  })
  return { items: rows.map(toNoticeView), total, page: q.page, pageSize: q.pageSize }
}
