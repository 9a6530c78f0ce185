// Test and sample helpers: campaigns, checklist items and numbers made without an actor.
import type { SampleRequests, Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { blindIndex, encryptField } from '../../crypto/pii.js'
import { maskPhone } from '../../shared/identity.js'
import { ensureHousehold } from '../people/index.js'
import { makeMobile } from '../people/people.fixtures.js'
import type { CampaignKind } from './campaigns.queries.js'

export async function makeCampaign(db: Db, regionId: string, kind: CampaignKind = 'sweep') {
  const id = randomUUID()
  const at = nowIso()
  await db
    .insertInto('campaign')
    .values({
      id,
      region_id: regionId,
      kind,
      name: `排查-${id.slice(0, 8)}`,
      status: 'open',
      created_by: null,
      created_at: at,
      updated_at: at,
    })
    .execute()
  return id
}

export async function makeSweepItem(db: Db, regionId: string) {
  const campaignId = await makeCampaign(db, regionId, 'sweep')
  const address = `样本-${campaignId.slice(0, 8)}`
  const householdId = await ensureHousehold(db, regionId, address)
  const id = randomUUID()
  await db
    .insertInto('sweep_item')
    .values({
      id,
      campaign_id: campaignId,
      household_id: householdId,
      address,
      region_id: regionId,
      assignee_id: null,
      outcome: 'pending',
      visits: 0,
      last_visit_at: null,
      updated_at: nowIso(),
    })
    .execute()
  return id
}

let serial = 0

/** A number of a new phone campaign, on the list of `assigneeId` when given. */
export async function makeCallEntry(db: Db, regionId: string, assigneeId: string | null = null) {
  const campaignId = await makeCampaign(db, regionId, 'phone')
  const phone = `137${String(20_000_000 + serial++).padStart(8, '0')}`
  const id = randomUUID()
  const at = nowIso()
  await db
    .insertInto('call_entry')
    .values({
      id,
      campaign_id: campaignId,
      region_id: regionId,
      phone_enc: encryptField(phone),
      phone_bidx: blindIndex('phone', phone),
      phone_masked: maskPhone(phone),
      carrier: '中国移动',
      home_region: null,
      arrival: null,
      person_id: null,
      assignee_id: assigneeId,
      status: 'pending',
      last_outcome: null,
      attempts: 0,
      round: 1,
      callback_at: null,
      row_no: 2,
      created_at: at,
      updated_at: at,
    })
    .execute()
  return id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  campaign: (db, regionId) => makeCampaign(db, regionId),
  /** a phone campaign (电话排查), for the routes that refuse a sweep: 400 CAMPAIGN_WRONG_KIND */
  phone_campaign: (db, regionId) => makeCampaign(db, regionId, 'phone'),
  sweep_item: makeSweepItem,
  call_entry: (db, regionId) => makeCallEntry(db, regionId),
  /** a number on the walking account's own list: a caller works only those (409 CALL_NOT_YOURS) */
  assigned_call_entry: (db, regionId, ctx) => makeCallEntry(db, regionId, ctx.actor?.userId ?? null),
}

/** a carrier's list of one number, as the page sends it (the file in base64) */
export const sampleRequests: SampleRequests = {
  'POST /api/v1/campaigns/:id/numbers/import': () => ({
    body: { content: Buffer.from(`手机号码,归属地\n${makeMobile()},湖北武汉\n`).toString('base64') },
  }),
}
