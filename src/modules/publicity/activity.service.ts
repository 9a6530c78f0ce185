// 宣传工作台账: per community per day, banners, slogans, households visited and people
// reached, posts, articles and chat groups set up. Entering a day again replaces that day's
// figures (a correction), so totals as of a date are a plain sum over earlier days.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { withinSubtree } from '../../core/subtree.js'
import { getRegionInScope } from '../regions/index.js'
import type { ActivityInput, ActivityQueryInput } from './publicity.schema.js'

export interface PublicityActivityTable {
  id: string
  region_id: string
  on_date: string
  banners: number
  slogans: number
  households_visited: number
  people_reached: number
  posts: number
  articles: number
  chat_groups: number
  note: string | null
  updated_by: string | null
  created_at: string
  updated_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    publicity_activity: PublicityActivityTable
  }
}

export interface PublicityFigures {
  banners: number
  slogans: number
  householdsVisited: number
  peopleReached: number
  posts: number
  articles: number
  chatGroups: number
}

const COLUMNS = {
  banners: 'banners',
  slogans: 'slogans',
  householdsVisited: 'households_visited',
  peopleReached: 'people_reached',
  posts: 'posts',
  articles: 'articles',
  chatGroups: 'chat_groups',
} as const satisfies Record<keyof PublicityFigures, keyof PublicityActivityTable>

const FIGURES = Object.keys(COLUMNS) as (keyof PublicityFigures)[]

const toColumns = (f: PublicityFigures) =>
  Object.fromEntries(FIGURES.map((k) => [COLUMNS[k], f[k]])) as Pick<
    PublicityActivityTable,
    (typeof COLUMNS)[keyof typeof COLUMNS]
  >

/** Records (or corrects) one community's figures for one day. */
export async function recordActivity(db: Db, actor: Actor, input: ActivityInput) {
  const region = await getRegionInScope(db, actor, input.regionId)
  const at = nowIso(now)
  const values = {
    ...toColumns(input),
    note: input.note?.trim() || null,
    updated_by: actor.userId,
    updated_at: at,
  }
  const existing = await db
    .selectFrom('publicity_activity')
    .select('id')
    .where('region_id', '=', region.id)
    .where('on_date', '=', input.date)
    .executeTakeFirst()
  const id = existing?.id ?? randomUUID()
  if (existing) await db.updateTable('publicity_activity').set(values).where('id', '=', id).execute()
  else
    await db
      .insertInto('publicity_activity')
      .values({ id, region_id: region.id, on_date: input.date, created_at: at, ...values })
      .execute()
  await recordAudit(db, actor, {
    action: existing ? 'publicity.correct' : 'publicity.record',
    entity: 'publicity_activity',
    entityId: id,
    detail: { date: input.date },
  })
  return (await listActivities(db, actor, { regionId: region.id, from: input.date, to: input.date }))[0]
}

export async function listActivities(db: Db, actor: Actor, q: ActivityQueryInput) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  let query = db
    .selectFrom('publicity_activity as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .selectAll('a')
    .select('r.name as region_name')
    .where(withinSubtree('r.path', within))
  if (q.from) query = query.where('a.on_date', '>=', q.from)
  if (q.to) query = query.where('a.on_date', '<=', q.to)
  const rows = await query.orderBy('a.on_date', 'desc').orderBy('r.name').limit(1000).execute()
  return rows.map((a) => ({
    id: a.id,
    regionId: a.region_id,
    regionName: a.region_name,
    date: a.on_date,
    ...Object.fromEntries(FIGURES.map((k) => [k, Number(a[COLUMNS[k]])])),
    note: a.note,
    updatedAt: a.updated_at,
  })) as ({ id: string; regionId: string; regionName: string; date: string } & PublicityFigures & {
      note: string | null
      updatedAt: string
    })[]
}

/** Totals of every day up to and including `asOf`, inside the subtree at `withinPath`. */
export async function publicityCounts(db: Db, q: { asOf: string; withinPath: string }) {
  const row = await db
    .selectFrom('publicity_activity as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .where(withinSubtree('r.path', q.withinPath))
    .where('a.on_date', '<=', q.asOf)
    .select((eb) => FIGURES.map((k) => eb.fn.sum<number>(`a.${COLUMNS[k]}`).as(k)))
    .executeTakeFirstOrThrow()
  const totals = Object.fromEntries(
    FIGURES.map((k) => [k, Number(row[k] ?? 0)]),
  ) as unknown as PublicityFigures
  return { asOf: q.asOf, ...totals }
}
