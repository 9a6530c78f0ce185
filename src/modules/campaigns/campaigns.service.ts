// 排查行动: a campaign over a region subtree. A building sweep (扫楼) starts with a checklist
// of every household in the subtree (户户进门); a phone screening (电话排查) starts empty and
// is filled by importing the carriers' number lists.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import { getUserInScope } from '../auth/index.js'
import { householdsWithin } from '../people/index.js'
import { getRegionInScope } from '../regions/index.js'
import { findCampaign, searchCampaigns, type CampaignKind, type CampaignRow } from './campaigns.queries.js'
import type { NewCampaign } from './campaigns.schema.js'

export const CampaignErrors = defineErrors({
  CAMPAIGN_WRONG_KIND: {
    status: 400,
    zh: '该操作只适用于{expected}',
    en: 'This applies only to a {expectedEn}',
  },
  CAMPAIGN_CLOSED: { status: 409, zh: '该排查行动已结束', en: 'This campaign is closed' },
  ASSIGNEE_NOT_STAFF: {
    status: 400,
    zh: '指派对象必须是本次排查范围内的工作人员账号',
    en: 'The assignee must be an active staff account working inside this campaign’s area',
  },
})

const KIND_NAMES = {
  sweep: { zh: '扫楼排查', en: 'building sweep' },
  phone: { zh: '电话排查', en: 'phone screening' },
} as const

export interface CampaignView {
  id: string
  kind: CampaignKind
  name: string
  status: string
  regionId: string
  regionName: string
  createdAt: string
}

export const toCampaignView = (c: CampaignRow): CampaignView => ({
  id: c.id,
  kind: c.kind,
  name: c.name,
  status: c.status,
  regionId: c.region_id,
  regionName: c.region_name,
  createdAt: c.created_at,
})

/**
 * A campaign is visible to staff whose scope holds its region, and to staff working inside
 * it (a grid member scoped to one compound of a community-wide sweep).
 */
export const campaignVisible = (actor: Actor, c: { region_path: string }) =>
  isInScope(actor, c.region_path) || actor.scopePath.startsWith(c.region_path)

/** The part of the campaign the actor works in: the deeper of the two subtrees. */
export const workingPath = (actor: Actor, c: { region_path: string }) =>
  actor.scopePath.length > c.region_path.length ? actor.scopePath : c.region_path

export async function getCampaignInScope(db: Db, actor: Actor, id: string, kind?: CampaignKind) {
  const c = await findCampaign(db, id)
  if (!c || !campaignVisible(actor, c)) throw new AppError(CommonErrors.NOT_FOUND, { what: 'campaign' })
  if (kind && c.kind !== kind)
    throw new AppError(CampaignErrors.CAMPAIGN_WRONG_KIND, {
      expected: KIND_NAMES[kind].zh,
      expectedEn: KIND_NAMES[kind].en,
    })
  return c
}

export async function getOpenCampaign(db: Db, actor: Actor, id: string, kind: CampaignKind) {
  const c = await getCampaignInScope(db, actor, id, kind)
  if (c.status !== 'open') throw new AppError(CampaignErrors.CAMPAIGN_CLOSED)
  return c
}

export async function createCampaign(db: Db, actor: Actor, input: NewCampaign) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('campaign')
    .values({
      id,
      region_id: region.id,
      kind: input.kind,
      name: input.name.trim(),
      status: 'open',
      created_by: actor.userId,
      created_at: at,
      updated_at: at,
    })
    .execute()
  let households = 0
  if (input.kind === 'sweep') households = await fillChecklist(db, id, region.path, at)
  await recordAudit(db, actor, {
    action: 'campaign.create',
    entity: 'campaign',
    entityId: id,
    detail: { kind: input.kind, households },
  })
  return { ...toCampaignView((await findCampaign(db, id))!), households }
}

async function fillChecklist(db: Db, campaignId: string, path: string, at: string) {
  const households = await householdsWithin(db, path)
  // Inserted in chunks: SQLite caps the number of bound parameters in one statement.
  for (let i = 0; i < households.length; i += 100)
    await db
      .insertInto('sweep_item')
      .values(
        households.slice(i, i + 100).map((h) => ({
          id: randomUUID(),
          campaign_id: campaignId,
          household_id: h.id,
          address: h.address,
          region_id: h.region_id,
          assignee_id: null,
          outcome: 'pending' as const,
          visits: 0,
          last_visit_at: null,
          updated_at: at,
        })),
      )
      .execute()
  return households.length
}

export async function listCampaigns(db: Db, actor: Actor, kind?: CampaignKind) {
  return (await searchCampaigns(db, actor.scopePath, kind)).map(toCampaignView)
}

export async function closeCampaign(db: Db, actor: Actor, id: string) {
  const c = await getCampaignInScope(db, actor, id)
  await db
    .updateTable('campaign')
    .set({ status: 'closed', updated_at: nowIso(now) })
    .where('id', '=', id)
    .execute()
  await recordAudit(db, actor, { action: 'campaign.close', entity: 'campaign', entityId: id })
  return toCampaignView({ ...c, status: 'closed' })
}

/**
 * An assignee is an active account the actor manages whose scope overlaps the campaign. An
 * account outside the actor's scope answers 404, as any record out of scope does.
 */
export async function checkAssignee(db: Db, actor: Actor, campaign: CampaignRow, userId: string) {
  const user = await getUserInScope(db, actor, userId)
  if (
    user.disabled ||
    !(user.scope_path.startsWith(campaign.region_path) || campaign.region_path.startsWith(user.scope_path))
  )
    throw new AppError(CampaignErrors.ASSIGNEE_NOT_STAFF, { field: 'assigneeId' })
  return user
}
