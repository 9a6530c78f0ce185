// Queries of the phone screening (电话排查) number lists.
import type { Db } from '../../db/db.js'
import type { CallEntryTable, CallStatus } from './campaigns.queries.js'

export const findCallEntry = (db: Db, id: string) =>
  db
    .selectFrom('call_entry as e')
    .innerJoin('region as r', 'r.id', 'e.region_id')
    .selectAll('e')
    .select('r.path as region_path')
    .where('e.id', '=', id)
    .executeTakeFirst()

export type CallEntryRow = NonNullable<Awaited<ReturnType<typeof findCallEntry>>>

export async function campaignPhones(db: Db, campaignId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('call_entry')
    .select('phone_bidx')
    .where('campaign_id', '=', campaignId)
    .execute()
  return new Set(rows.map((r) => r.phone_bidx))
}

export async function insertCallEntries(db: Db, rows: CallEntryTable[]) {
  for (let i = 0; i < rows.length; i += 100)
    await db
      .insertInto('call_entry')
      .values(rows.slice(i, i + 100))
      .execute()
}

export const entryIds = (
  db: Db,
  campaignId: string,
  statuses: CallStatus[],
  assigneeId: string | null | undefined,
) => {
  let q = db
    .selectFrom('call_entry')
    .select('id')
    .where('campaign_id', '=', campaignId)
    .where('status', 'in', statuses)
  if (assigneeId === null) q = q.where('assignee_id', 'is', null)
  else if (assigneeId) q = q.where('assignee_id', '=', assigneeId)
  return q.orderBy('round').orderBy('row_no').execute()
}

export async function setAssignee(db: Db, ids: string[], assigneeId: string | null, at: string) {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable('call_entry')
      .set({ assignee_id: assigneeId, updated_at: at })
      .where('id', 'in', ids.slice(i, i + 500))
      .execute()
}

/** The caller's next number: a call-back that is due first, then the list in order. */
export async function nextEntryFor(db: Db, campaignId: string, callerId: string, at: string) {
  const base = db
    .selectFrom('call_entry as e')
    .innerJoin('region as r', 'r.id', 'e.region_id')
    .selectAll('e')
    .select('r.path as region_path')
    .where('e.campaign_id', '=', campaignId)
    .where('e.assignee_id', '=', callerId)
  // limit 1: without it every pending number of the caller comes back to be dropped (the
  // full-scale demo's callers hold ~1,000 numbers each)
  const due = await base
    .where('e.status', '=', 'callback')
    .where('e.callback_at', '<=', at)
    .orderBy('e.callback_at')
    .limit(1)
    .executeTakeFirst()
  return (
    due ??
    (await base
      .where('e.status', '=', 'pending')
      .orderBy('e.round')
      .orderBy('e.row_no')
      .limit(1)
      .executeTakeFirst())
  )
}

export const campaignEntries = (db: Db, campaignId: string) =>
  db
    .selectFrom('call_entry')
    .select(['id', 'assignee_id', 'status', 'attempts', 'last_outcome'])
    .where('campaign_id', '=', campaignId)
    .execute()

export const entriesWithStatus = (
  db: Db,
  campaignId: string,
  status: CallStatus,
  offset: number,
  limit: number,
) =>
  db
    .selectFrom('call_entry as e')
    .innerJoin('region as r', 'r.id', 'e.region_id')
    .selectAll('e')
    .select('r.path as region_path')
    .where('e.campaign_id', '=', campaignId)
    .where('e.status', '=', status)
    .orderBy('e.row_no')
    .offset(offset)
    .limit(limit)
    .execute()
