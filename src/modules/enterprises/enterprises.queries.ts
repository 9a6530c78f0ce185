// Tables of enterprise restart screening (复工企业新员工排查) and the queries on them.
import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'

export type Colour = 'green' | 'yellow' | 'red'

export interface EnterpriseTable {
  id: string
  region_id: string
  name: string
  address: string
  liaison_id: string | null
  created_at: string
  updated_at: string
}

/** 关联状态: linked (the enterprise sees the colour), pending (awaits the person's community), refused */
export type HireLink = 'linked' | 'pending' | 'refused'

export interface EnterpriseHireTable {
  id: string
  enterprise_id: string
  region_id: string
  person_id: string
  last_colour: Colour | null
  created_by: string | null
  created_at: string
  link: HireLink
  /** the name as the liaison typed it: all an unlinked hire shows */
  entered_name: string | null
  decided_by: string | null
  decided_at: string | null
}

export interface EnterpriseAlertTable {
  id: string
  enterprise_id: string
  hire_id: string
  region_id: string
  colour: Colour
  at: string
}

declare module '../../db/db.js' {
  interface Tables {
    enterprise: EnterpriseTable
    enterprise_hire: EnterpriseHireTable
    enterprise_alert: EnterpriseAlertTable
  }
}

const enterpriseSelect = (db: Db) =>
  db
    .selectFrom('enterprise as e')
    .innerJoin('region as r', 'r.id', 'e.region_id')
    .selectAll('e')
    .select(['r.path as region_path', 'r.name as region_name'])

export const findEnterprise = (db: Db, id: string) =>
  enterpriseSelect(db).where('e.id', '=', id).executeTakeFirst()
export type EnterpriseRow = NonNullable<Awaited<ReturnType<typeof findEnterprise>>>

export const enterprisesWithin = (db: Db, path: string) =>
  enterpriseSelect(db).where(withinSubtree('r.path', path)).orderBy('e.name').execute()

export const enterprisesOfLiaison = (db: Db, userId: string) =>
  enterpriseSelect(db).where('e.liaison_id', '=', userId).orderBy('e.name').execute()

export const findHire = (db: Db, id: string) =>
  db.selectFrom('enterprise_hire').selectAll().where('id', '=', id).executeTakeFirst()

export const findHireOf = (db: Db, enterpriseId: string, personId: string) =>
  db
    .selectFrom('enterprise_hire')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .where('person_id', '=', personId)
    .executeTakeFirst()

export const hiresOf = (db: Db, enterpriseId: string) =>
  db
    .selectFrom('enterprise_hire')
    .selectAll()
    .where('enterprise_id', '=', enterpriseId)
    .orderBy('created_at')
    .execute()

/** Linked hires only: a pending or refused link neither alerts nor reads a colour. */
export const linkedHiresOfPerson = (db: Db, personId: string) =>
  db
    .selectFrom('enterprise_hire')
    .selectAll()
    .where('person_id', '=', personId)
    .where('link', '=', 'linked')
    .execute()

export const pendingHires = (db: Db, limit: number) =>
  db
    .selectFrom('enterprise_hire as h')
    .innerJoin('enterprise as e', 'e.id', 'h.enterprise_id')
    .innerJoin('region as r', 'r.id', 'e.region_id')
    .selectAll('h')
    .select(['e.name as enterprise_name', 'r.name as enterprise_region_name'])
    .where('h.link', '=', 'pending')
    .orderBy('h.created_at')
    .limit(limit)
    .execute()

export const decideHireLink = (db: Db, id: string, link: HireLink, by: string | null, at: string) =>
  db
    .updateTable('enterprise_hire')
    .set({ link, decided_by: by, decided_at: at })
    .where('id', '=', id)
    .where('link', '=', 'pending')
    .executeTakeFirst()

export const alertsOf = (db: Db, enterpriseIds: string[]) =>
  enterpriseIds.length
    ? db
        .selectFrom('enterprise_alert')
        .selectAll()
        .where('enterprise_id', 'in', enterpriseIds)
        .orderBy('at', 'desc')
        .limit(500)
        .execute()
    : Promise.resolve([])
