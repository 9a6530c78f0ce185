// A scaled-down Mawei replay on each database: the situation report as of 5 March shows
// exactly what the replay planted, through every module's own counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../test/db.js'
import { systemActor } from '../core/actor.js'
import { situationReport } from '../modules/reports/index.js'
import { compareWithReport } from './compare.js'
import { LAST_DAY } from './plan.js'
import { runDemo, type DemoResult } from './replay.js'
import { isFresh } from './fresh.js'

describe.each(dialects)('mawei-2020 demo on %s', (dialect) => {
  let t: TestDb
  let result: DemoResult
  beforeAll(async () => {
    t = await createTestDb(dialect)
    expect((await isFresh(t.db)).fresh).toBe(true)
    result = await runDemo(t.db, {
      scale: 0.005,
      timeZone: 'Asia/Shanghai',
      dataDir: '/tmp',
      setPasswords: false,
    })
  }, 240_000)
  afterAll(() => t?.destroy())

  it('reports as of 5 March exactly the figures it planted', async () => {
    const report = await situationReport(
      t.db,
      systemActor(t.top.id, t.top.path),
      { asOf: LAST_DAY },
      'Asia/Shanghai',
    )
    expect(compareWithReport(result.planted, report)).toEqual([])
    const p = result.planted
    expect(p.key_persons_filed).toBe(result.plan.keyPersons)
    expect(p.observation).toEqual({
      cumulative: result.plan.keyPersons,
      released: result.plan.released,
      current: result.plan.current,
    })
    expect(p.people_screened).toBe(result.plan.peopleScreened)
    expect(p.phone_numbers_screened).toBe(result.plan.numbers)
    expect(p.social_work).toEqual({ ...result.plan.socialWork, beneficiaries: p.social_work.beneficiaries })
    // at small scales the care desk once took on fewer households than planned (1 of 3)
    expect(p.care).toEqual({ households: result.plan.careHouseholds, times: result.plan.careTimes })
  })

  it('is no longer a fresh database, so a second demo would refuse it', async () => {
    expect((await isFresh(t.db)).fresh).toBe(false)
  })
})
