// 身份争议 claims queue.
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

export type ClaimStatus = 'pending' | 'accepted' | 'rejected'
export interface IdentityClaimTable {
  id: string
  person_id: string
  region_id: string
  name: string
  phone_enc: string
  phone_masked: string
  place_code: string
  status: ClaimStatus
  created_at: string
  resolved_by: string | null
  resolved_at: string | null
}

declare module '../../db/db.js' {
  interface Tables {
    identity_claim: IdentityClaimTable
  }
}

export const insertClaim = (db: Db, row: IdentityClaimTable) =>
  db.insertInto('identity_claim').values(row).execute()

export const findClaim = (db: Db, id: string) =>
  db
    .selectFrom('identity_claim as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .select('r.path as region_path')
    .where('c.id', '=', id)
    .executeTakeFirst()

export const listClaimsWithin = (db: Db, path: string, status: ClaimStatus) =>
  db
    .selectFrom('identity_claim as c')
    .innerJoin('region as r', 'r.id', 'c.region_id')
    .selectAll('c')
    .where(withinSubtree('r.path', path))
    .where('c.status', '=', status)
    .orderBy('c.created_at', 'desc')
    .limit(200)
    .execute()

export const setClaimStatus = (db: Db, id: string, status: ClaimStatus, by: string, at: string) =>
  db
    .updateTable('identity_claim')
    .set({ status, resolved_by: by, resolved_at: at })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
