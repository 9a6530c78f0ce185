// Paged lists at a million rows: a page number skips at most MAX_OFFSET rows (an offset is a
// scan of every row it skips), and the total stops counting there too — a count over a whole
// district's million people took 1.2 s on every page, and "10,000+" says what a user needs.
import { sql, type SelectQueryBuilder } from 'kysely'
import { AppError, CommonErrors } from '../core/errors.js'
import { MAX_OFFSET } from '../core/schemas.js'
import type { Db } from './db.js'

/** The rows a page number skips; past MAX_OFFSET the caller narrows the filter (400). */
export function pageOffset(page: number, pageSize: number): number {
  const offset = (page - 1) * pageSize
  if (offset > MAX_OFFSET) throw new AppError(CommonErrors.PAGE_TOO_DEEP, { max: MAX_OFFSET })
  return offset
}

export interface BoundedTotal {
  total: number
  /** the count stopped at `total`: there are at least that many */
  totalAtLeast?: true
}

/** How many rows the filtered query has, counting no further than MAX_OFFSET. */
export async function boundedCount(
  db: Db,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  q: SelectQueryBuilder<any, any, object>,
  bound = MAX_OFFSET,
): Promise<BoundedTotal> {
  const row = await db
    .selectFrom(
      q
        .select(sql.lit(1).as('one'))
        .limit(bound + 1)
        .as('c'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow()
  const n = Number(row.n)
  return n > bound ? { total: bound, totalAtLeast: true } : { total: n }
}
