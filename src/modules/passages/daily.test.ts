// The daily passage counters the triggers keep: after counters are written and added to
// (the ingest's upsert) and deleted, they equal a rebuild, and the report's passage figures
// equal a plain sum of the hourly counters for any day and region, on both databases.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../../test/db.js'
import { addDays, dayStart, iso } from '../../shared/days.js'
import { createRegionDirect } from '../regions/regions.fixtures.js'
import { makeCheckpoint } from '../checkpoints/checkpoints.fixtures.js'
import { checkpointIdsWithin } from '../checkpoints/index.js'
import { bumpHourlyCounters, type PassageTable } from './passages.queries.js'
import { passageCounts, rebuildPassageDaily } from './daily.js'

const TZ = 'Asia/Shanghai'

describe.each(dialects)('daily passage counters on %s', (dialect) => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb(dialect)
  })
  afterAll(() => t.destroy())

  it('follow every counter write and give the hourly sums', async () => {
    const db = t.db
    const street = await createRegionDirect(db, t.top.id, 'street')
    const a = await createRegionDirect(db, street.id, 'community')
    const b = await createRegionDirect(db, street.id, 'community')
    const checkpoints = [await makeCheckpoint(db, a.id), await makeCheckpoint(db, b.id)]
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const T0 = Date.parse('2020-02-03T00:00:00.000Z')
    for (let batch = 0; batch < 20; batch++) {
      const rows = Array.from({ length: 25 }, () => ({
        checkpoint_id: checkpoints[Math.floor(rand() * 2)],
        occurred_at: iso(T0 + Math.floor(rand() * 4 * 86_400_000)),
        direction: rand() < 0.5 ? 'in' : 'out',
        verdict: rand() < 0.1 ? 'deny' : 'allow',
        fever: rand() < 0.05 ? 1 : 0,
      }))
      await bumpHourlyCounters(db, rows as unknown as PassageTable[])
    }
    // the retention job may one day drop old counters too
    await db.deleteFrom('passage_hourly').where('hour', '<', '2020-02-03T06:00:00.000Z').execute()

    const daily = () =>
      db.selectFrom('passage_daily').selectAll().orderBy('checkpoint_id').orderBy('day').execute()
    const kept = await daily()
    expect(kept.length).toBeGreaterThan(0)
    await rebuildPassageDaily(db)
    expect((await daily()).filter((d) => d.total !== 0)).toEqual(kept.filter((d) => d.total !== 0))

    for (const asOf of ['2020-02-03', '2020-02-04', '2020-02-06'])
      for (const region of [t.top, street, a, b]) {
        const start = iso(dayStart(asOf, TZ))
        const end = iso(dayStart(addDays(asOf, 1), TZ))
        const sum = async (from: string) => {
          const r = await db
            .selectFrom('passage_hourly')
            .where('checkpoint_id', 'in', checkpointIdsWithin(db, region.path))
            .where('hour', '>=', from)
            .where('hour', '<', end)
            .select((eb) => [
              eb.fn.coalesce(eb.fn.sum<number>('total'), eb.lit(0)).as('total'),
              eb.fn.coalesce(eb.fn.sum<number>('fevers'), eb.lit(0)).as('fevers'),
              eb.fn.coalesce(eb.fn.sum<number>('denied'), eb.lit(0)).as('denied'),
            ])
            .executeTakeFirstOrThrow()
          return { total: Number(r.total), fevers: Number(r.fevers), denied: Number(r.denied) }
        }
        const all = await sum('')
        expect(await passageCounts(db, { asOf, withinPath: region.path, timeZone: TZ })).toEqual({
          ...all,
          today: (await sum(start)).total,
        })
      }
  })
})
