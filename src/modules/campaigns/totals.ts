// 排查总数 for the situation report: people screened, numbers called, numbers reached, as
// of an instant inside a subtree — counted by the database. The same rules as
// screeningCounts (counts.ts), which also breaks them down by community and team but loads
// every sighting into the process to do so: a person seen at a door or reached by phone
// counts once; a number reached that is not in the registry counts as a person by itself.
import { sql } from 'kysely'
import type { Db } from '../../db/db.js'
import { SUBTREE_END } from '../../core/subtree.js'

export interface ScreeningTotals {
  peopleScreened: number
  numbersCalled: number
  numbersReached: number
}

export async function screeningTotals(
  db: Db,
  { asOf, withinPath }: { asOf: string; withinPath: string },
): Promise<ScreeningTotals> {
  const end = withinPath + SUBTREE_END
  const seen = db
    .selectFrom('sweep_seen as s')
    .innerJoin('region as r', 'r.id', 's.region_id')
    .where('s.at', '<', asOf)
    .where('r.path', '>=', withinPath)
    .where('r.path', '<', end)
    .select([sql<string | null>`s.person_id`.as('person_id'), sql<string | null>`null`.as('phone_bidx')])
  const attempts = db
    .selectFrom('call_attempt as a')
    .innerJoin('region as r', 'r.id', 'a.region_id')
    .where('a.at', '<', asOf)
    .where('r.path', '>=', withinPath)
    .where('r.path', '<', end)
  // one key per person: the registry id, or the number's blind index when it has none
  const reached = attempts
    .innerJoin('call_entry as e', 'e.id', 'a.entry_id')
    .where('a.outcome', '=', 'reached')
    .select([
      sql<string | null>`e.person_id`.as('person_id'),
      sql<string | null>`case when e.person_id is null then e.phone_bidx end`.as('phone_bidx'),
    ])
  const [people, numbers] = await Promise.all([
    db
      .selectFrom(seen.union(reached).as('u'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    attempts
      .select([
        sql<number>`count(distinct a.entry_id)`.as('called'),
        sql<number>`count(distinct case when a.outcome = 'reached' then a.entry_id end)`.as('reached'),
      ])
      .executeTakeFirstOrThrow(),
  ])
  return {
    peopleScreened: Number(people.n),
    numbersCalled: Number(numbers.called),
    numbersReached: Number(numbers.reached),
  }
}
