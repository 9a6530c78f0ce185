// 扫楼: grid members work the checklist building by building, household by household.
// 户户进门、人人见面: each visit records the outcome and every person seen; new people join
// the registry; travel and symptoms become findings.
import { screenedKey, settleScreened } from './day-counts.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
import { getPersonInScope, registerPerson } from '../people/index.js'
import { getRegionInScope } from '../regions/index.js'
import type { AssignInput, FindingInput, ItemQuery, VisitInput } from './campaigns.schema.js'
import {
  campaignVisible,
  checkAssignee,
  getCampaignInScope,
  getOpenCampaign,
  workingPath,
} from './campaigns.service.js'
import { recordFinding } from './findings.service.js'
import { assignSweepItems, findSweepItem, searchSweepItems, type SweepItemRow } from './sweeps.queries.js'
import { pageOffset } from '../../db/paging.js'

export const SweepErrors = defineErrors({
  VISIT_PEOPLE_WITHOUT_VISIT: {
    status: 400,
    zh: '只有“已走访”才能登记见到的人员',
    en: 'People seen can be recorded only with the outcome “visited”',
  },
})

export const toSweepItemView = (i: SweepItemRow) => ({
  id: i.id,
  campaignId: i.campaign_id,
  householdId: i.household_id,
  address: i.address,
  regionId: i.region_id,
  regionName: i.region_name,
  assigneeId: i.assignee_id,
  state: i.outcome,
  visits: Number(i.visits),
  lastVisitAt: i.last_visit_at,
})

async function getSweepItemInScope(db: Db, actor: Actor, id: string) {
  const item = await findSweepItem(db, id)
  if (!item || !isInScope(actor, item.region_path))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'household' })
  return item
}

export async function listSweepItems(db: Db, actor: Actor, campaignId: string, q: ItemQuery) {
  const c = await getCampaignInScope(db, actor, campaignId, 'sweep')
  let within = workingPath(actor, c)
  if (q.regionId) {
    const region = await getRegionInScope(db, actor, q.regionId)
    if (region.path.startsWith(within)) within = region.path
  }
  const { rows, total, totalAtLeast } = await searchSweepItems(db, {
    campaignId: c.id,
    withinPath: within,
    state: q.state,
    assigneeId: q.mine ? (actor.userId ?? undefined) : undefined,
    offset: pageOffset(q.page, q.pageSize),
    limit: q.pageSize,
  })
  return { items: rows.map(toSweepItemView), total, totalAtLeast, page: q.page, pageSize: q.pageSize }
}

/** Hands every household under a building or compound to one grid member (null: unassign). */
export async function assignSweep(db: Db, actor: Actor, campaignId: string, input: AssignInput) {
  const c = await getOpenCampaign(db, actor, campaignId, 'sweep')
  const region = await getRegionInScope(db, actor, input.regionId)
  if (!campaignVisible(actor, c) || !region.path.startsWith(c.region_path))
    throw new AppError(CommonErrors.NOT_FOUND, { what: 'region' })
  if (input.assigneeId) await checkAssignee(db, actor, c, input.assigneeId)
  const res = await assignSweepItems(db, c.id, region.path, input.assigneeId)
  await recordAudit(db, actor, {
    action: 'sweep.assign',
    entity: 'campaign',
    entityId: c.id,
    detail: { regionId: region.id, assigneeId: input.assigneeId },
  })
  return { assigned: Number(res.numUpdatedRows) }
}

export async function recordVisit(db: Db, actor: Actor, itemId: string, input: VisitInput) {
  const item = await getSweepItemInScope(db, actor, itemId)
  const c = await getOpenCampaign(db, actor, item.campaign_id, 'sweep')
  const seen = input.seen ?? []
  const newPeople = input.newPeople ?? []
  if (input.outcome !== 'visited' && (seen.length || newPeople.length))
    throw new AppError(SweepErrors.VISIT_PEOPLE_WITHOUT_VISIT, { field: 'outcome' })
  const people: { personId: string; finding?: FindingInput }[] = []
  for (const s of seen)
    people.push({ personId: (await getPersonInScope(db, actor, s.personId)).id, finding: s.finding })
  const registered: string[] = []
  for (const { finding, ...p } of newPeople) {
    // They join the registry in this household: 新增人员入库.
    const { person } = await registerPerson(db, actor, {
      ...p,
      regionId: item.region_id,
      address: item.address,
    })
    registered.push(person.id)
    people.push({ personId: person.id, finding })
  }
  const at = nowIso(now)
  const visitId = randomUUID()
  await db
    .insertInto('sweep_visit')
    .values({
      id: visitId,
      item_id: item.id,
      campaign_id: c.id,
      region_id: item.region_id,
      outcome: input.outcome,
      note: input.note?.trim() || null,
      visitor_id: actor.userId,
      at,
    })
    .execute()
  const findings = []
  for (const p of new Map(people.map((x) => [x.personId, x])).values()) {
    await db
      .insertInto('sweep_seen')
      .values({
        id: randomUUID(),
        visit_id: visitId,
        campaign_id: c.id,
        region_id: item.region_id,
        person_id: p.personId,
        visitor_id: actor.userId,
        at,
      })
      .execute()
    if (p.finding)
      findings.push(
        await recordFinding(
          db,
          actor,
          {
            campaignId: c.id,
            source: 'sweep',
            sourceId: visitId,
            personId: p.personId,
            regionId: item.region_id,
          },
          p.finding,
        ),
      )
  }
  await settleScreened(
    db,
    people.map((p) => screenedKey(p.personId, null)),
  )
  await db
    .updateTable('sweep_item')
    .set((eb) => ({
      outcome: input.outcome,
      visits: eb('visits', '+', 1),
      last_visit_at: at,
      updated_at: at,
    }))
    .where('id', '=', item.id)
    .execute()
  await recordAudit(db, actor, {
    action: 'sweep.visit',
    entity: 'sweep_item',
    entityId: item.id,
    detail: {
      outcome: input.outcome,
      seen: people.length,
      registered: registered.length,
      findings: findings.length,
    },
  })
  return {
    item: toSweepItemView((await findSweepItem(db, item.id))!),
    seen: people.length,
    registered,
    findings,
  }
}
