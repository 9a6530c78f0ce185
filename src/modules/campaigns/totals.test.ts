// The report's screening totals, counted in SQL, agree with screeningCounts (which counts
// the same sightings and calls in the process): people seen twice, a person both seen and
// reached, numbers without a person, repeated calls, other subtrees and later days.
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../../test/db.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { makePerson } from '../people/people.fixtures.js'
import { makeCallEntry, makeSweepItem } from './campaigns.fixtures.js'
import type { CallOutcome } from './campaigns.queries.js'
import { screeningCounts } from './counts.js'
import { screeningTotals } from './totals.js'

const DAY1 = '2020-02-01T03:00:00.000Z'
const DAY2 = '2020-02-02T03:00:00.000Z'

describe.each(dialects)('screening totals on %s', (dialect) => {
  let t: TestDb
  let communityPath: string
  beforeAll(async () => {
    t = await createTestDb(dialect)
    const db = t.db
    const street = await createRegionDirect(db, t.top.id, 'street')
    const a = await createRegionDirect(db, street.id, 'community')
    const b = await createRegionDirect(db, street.id, 'community')
    communityPath = a.path
    const [p1, p2, p3] = [await makePerson(db, a.id), await makePerson(db, a.id), await makePerson(db, b.id)]
    const item = await makeSweepItem(db, a.id)
    const { campaign_id: sweep } = await db
      .selectFrom('sweep_item')
      .select('campaign_id')
      .where('id', '=', item)
      .executeTakeFirstOrThrow()
    const seen = async (regionId: string, personId: string, at: string) => {
      const visit = randomUUID()
      await db
        .insertInto('sweep_visit')
        .values({
          id: visit,
          item_id: item,
          campaign_id: sweep,
          region_id: regionId,
          outcome: 'visited',
          note: null,
          visitor_id: null,
          at,
        })
        .execute()
      await db
        .insertInto('sweep_seen')
        .values({
          id: randomUUID(),
          visit_id: visit,
          campaign_id: sweep,
          region_id: regionId,
          person_id: personId,
          visitor_id: null,
          at,
        })
        .execute()
    }
    await seen(a.id, p1.id, DAY1)
    await seen(a.id, p1.id, DAY2) // seen again: still one person
    await seen(a.id, p2.id, DAY2)
    await seen(b.id, p3.id, DAY1)
    const call = async (entryId: string, regionId: string, outcome: CallOutcome, at: string) => {
      const entry = await db
        .selectFrom('call_entry')
        .select('campaign_id')
        .where('id', '=', entryId)
        .executeTakeFirstOrThrow()
      await db
        .insertInto('call_attempt')
        .values({
          id: randomUUID(),
          entry_id: entryId,
          campaign_id: entry.campaign_id,
          region_id: regionId,
          caller_id: null,
          outcome,
          note: null,
          round: 1,
          at,
        })
        .execute()
    }
    const linked = await makeCallEntry(db, a.id) // the number of a person already seen
    await db.updateTable('call_entry').set({ person_id: p1.id }).where('id', '=', linked).execute()
    await call(linked, a.id, 'reached', DAY1)
    const stranger = await makeCallEntry(db, a.id) // reached, not in the registry
    await call(stranger, a.id, 'no_answer', DAY1)
    await call(stranger, a.id, 'reached', DAY2)
    const silent = await makeCallEntry(db, b.id)
    await call(silent, b.id, 'no_answer', DAY1)
  })
  afterAll(() => t?.destroy())

  it('counts what screeningCounts counts, for any subtree and instant', async () => {
    for (const withinPath of [t.top.path, communityPath])
      for (const asOf of ['2020-02-01T12:00:00.000Z', '2020-02-03T00:00:00.000Z']) {
        const full = await screeningCounts(t.db, { asOf, withinPath })
        expect(await screeningTotals(t.db, { asOf, withinPath })).toEqual({
          peopleScreened: full.peopleScreened,
          numbersCalled: full.numbersCalled,
          numbersReached: full.numbersReached,
        })
      }
    expect(await screeningTotals(t.db, { asOf: '2020-02-03T00:00:00.000Z', withinPath: t.top.path })).toEqual(
      {
        peopleScreened: 4, // p1 (seen twice and reached), p2, p3, the stranger's number
        numbersCalled: 3,
        numbersReached: 2,
      },
    )
  })
})
