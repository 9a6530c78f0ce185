import type { Db } from '../../db/db.js'
import { withinSubtree } from '../../core/subtree.js'
import type { Role } from '../../core/permissions.js'

export interface StaffUserTable {
  id: string
  username: string
  display_name: string
  role: Role
  scope_region_id: string
  password_hash: string
  must_change_password: number
  phone_enc: string | null
  phone_bidx: string | null
  disabled: number
  created_at: string
  updated_at: string
  /** the account that made it (null: the first admin, the demo, the CLI) */
  created_by: string | null
  /** the account that last reset its password, and when */
  reset_by: string | null
  reset_at: string | null
  /** a one-time password stops working then */
  one_time_expires_at: string | null
}

export interface SessionTable {
  token_hash: string
  user_id: string
  created_at: string
  last_seen_at: string
  expires_at: string
}

declare module '../../db/db.js' {
  interface Tables {
    staff_user: StaffUserTable
    session: SessionTable
    login_throttle: { key: string; attempts: number; not_before: string; last_at: string }
  }
}

const userColumns = [
  'u.id',
  'u.username',
  'u.display_name',
  'u.role',
  'u.scope_region_id',
  'u.must_change_password',
  'u.phone_enc',
  'u.phone_bidx',
  'u.disabled',
  'u.created_at',
  'u.updated_at',
  'u.created_by',
  'u.reset_by',
  'u.reset_at',
  'u.one_time_expires_at',
  'r.path as scope_path',
  'r.name as scope_name',
] as const

export const findUserByUsername = (db: Db, username: string) =>
  db
    .selectFrom('staff_user as u')
    .innerJoin('region as r', 'r.id', 'u.scope_region_id')
    .select([...userColumns, 'u.password_hash'])
    .where('u.username', '=', username.toLowerCase())
    .executeTakeFirst()

export const findUser = (db: Db, id: string) =>
  db
    .selectFrom('staff_user as u')
    .innerJoin('region as r', 'r.id', 'u.scope_region_id')
    .select(userColumns)
    .where('u.id', '=', id)
    .executeTakeFirst()

export type UserRow = NonNullable<Awaited<ReturnType<typeof findUser>>>

export interface UserFilter {
  withinPath: string
  q?: string
  role?: Role
  offset: number
  limit: number
}

export async function listUsers(db: Db, f: UserFilter) {
  let query = db
    .selectFrom('staff_user as u')
    .innerJoin('region as r', 'r.id', 'u.scope_region_id')
    .where(withinSubtree('r.path', f.withinPath))
  if (f.q) {
    const like = `%${f.q.replace(/[%_\\]/g, '')}%`
    query = query.where((eb) => eb.or([eb('u.username', 'like', like), eb('u.display_name', 'like', like)]))
  }
  if (f.role) query = query.where('u.role', '=', f.role)
  const [rows, total] = await Promise.all([
    query.select(userColumns).orderBy('u.username').offset(f.offset).limit(f.limit).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ])
  return { rows, total: Number(total.n) }
}

export const countUsers = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('staff_user')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )
