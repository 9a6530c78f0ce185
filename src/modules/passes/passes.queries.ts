// Tables of the passes module and the queries over them; rows become domain objects here.
import type { Db } from '../../db/db.js'
import type { Colour, ColourReason, RuleSetData } from './colour-rules.js'

export interface ColourRuleSetTable {
  version: number
  rules: string
  note: string | null
  created_by: string
  created_at: string
}
export interface PersonColourTable {
  person_id: string
  region_id: string
  colour: Colour
  reasons: string
  rules_version: number
  computed_at: string
}
export interface ColourHistoryTable extends PersonColourTable {
  id: string
  seq: number
  cause: string
  at: string
}
export type CaseStatus = 'confirmed' | 'suspected' | 'central_quarantine' | 'none'
export interface CaseStatusTable {
  person_id: string
  region_id: string
  status: CaseStatus
  note: string | null
  set_by: string
  set_at: string
}
export type ChangeStatus = 'pending' | 'approved' | 'rejected'
export interface ColourChangeTable {
  id: string
  person_id: string
  region_id: string
  colour: Colour
  reason: string
  until: string | null
  status: ChangeStatus
  requested_by: string
  requested_at: string
  decided_by: string | null
  decided_at: string | null
}
export interface SigningKeyTable {
  kid: string
  public_x: string
  private_enc: string
  created_at: string
  retired_at: string | null
  publish_until: string | null
  /** revoked as compromised: never published again, passes it signed are unknown_key */
  compromised_at: string | null
}
export interface PassTable {
  pid: string
  person_id: string
  region_id: string
  kid: string
  colour: Colour
  issued_at: string
  expires_at: string
  revoked_at: string | null
  revoke_reason: string | null
  device_id: string | null
}
export interface PassDeviceTable {
  id: string
  secret_hash: string
  person_id: string
  created_at: string
  last_used_at: string
  confirmed_at: string | null
  /** a user id, or 'sms' when a code to the phone confirmed it */
  confirmed_by: string | null
  revoked_at: string | null
}

/**
 * The phone of someone whose claim on a number waits in the claims queue: no person behind it,
 * only what their 待核验 pass shows, so that fetching it again answers like any other phone.
 */
export interface ClaimantDeviceTable {
  secret_hash: string
  /** JSON: { name, last4, regionId, colour } */
  claimant: string
  created_at: string
  last_used_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    claimant_device: ClaimantDeviceTable
    colour_rule_set: ColourRuleSetTable
    person_colour: PersonColourTable
    colour_history: Omit<ColourHistoryTable, 'computed_at'>
    case_status: CaseStatusTable
    colour_change: ColourChangeTable
    signing_key: SigningKeyTable
    pass: PassTable
    pass_device: PassDeviceTable
  }
}

export interface RuleSet {
  version: number
  data: RuleSetData
  note: string | null
  createdBy: string
  createdAt: string
}

const toRuleSet = (r: ColourRuleSetTable): RuleSet => ({
  version: Number(r.version),
  data: JSON.parse(r.rules) as RuleSetData,
  note: r.note,
  createdBy: r.created_by,
  createdAt: r.created_at,
})

export async function findCurrentRuleSet(db: Db): Promise<RuleSet | undefined> {
  const row = await db
    .selectFrom('colour_rule_set')
    .selectAll()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row && toRuleSet(row)
}

export const listRuleSets = async (db: Db) =>
  (await db.selectFrom('colour_rule_set').selectAll().orderBy('version', 'desc').execute()).map(toRuleSet)

export const insertRuleSet = (db: Db, row: ColourRuleSetTable) =>
  db.insertInto('colour_rule_set').values(row).execute()

export interface StoredColour {
  colour: Colour
  reasons: ColourReason[]
  rulesVersion: number
  computedAt: string
}

export async function findPersonColour(db: Db, personId: string): Promise<StoredColour | undefined> {
  const r = await db
    .selectFrom('person_colour')
    .selectAll()
    .where('person_id', '=', personId)
    .executeTakeFirst()
  return (
    r && {
      colour: r.colour,
      reasons: JSON.parse(r.reasons),
      rulesVersion: Number(r.rules_version),
      computedAt: r.computed_at,
    }
  )
}

export async function savePersonColour(db: Db, row: PersonColourTable, exists: boolean) {
  if (exists) await db.updateTable('person_colour').set(row).where('person_id', '=', row.person_id).execute()
  else await db.insertInto('person_colour').values(row).execute()
}

export const listColourHistory = async (db: Db, personId: string) =>
  (
    await db
      .selectFrom('colour_history')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('seq', 'desc')
      .limit(200)
      .execute()
  ).map((h) => ({
    colour: h.colour,
    reasons: JSON.parse(h.reasons) as ColourReason[],
    rulesVersion: Number(h.rules_version),
    cause: h.cause,
    at: h.at,
  }))

export const findCaseStatus = (db: Db, personId: string) =>
  db.selectFrom('case_status').selectAll().where('person_id', '=', personId).executeTakeFirst()

/** The approved manual change in force at `at`, if any: the latest approved one. */
export const findActiveColourChange = (db: Db, personId: string, at: string) =>
  db
    .selectFrom('colour_change')
    .selectAll()
    .where('person_id', '=', personId)
    .where('status', '=', 'approved')
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', at)]))
    .orderBy('decided_at', 'desc')
    .limit(1)
    .executeTakeFirst()

export const findColourChange = (db: Db, id: string) =>
  db
    .selectFrom('colour_change as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select('r.path as region_path')
    .where('c.id', '=', id)
    .executeTakeFirst()

export async function nextHistorySeq(db: Db, personId: string): Promise<number> {
  const row = await db
    .selectFrom('colour_history')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('person_id', '=', personId)
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}
