// A scaled-down Mawei replay on each database: the situation report as of 5 March shows
// exactly what the replay planted, through every module's own counts, and still does after
// the retention job has deleted the 2020 passages. Moved to today (--shift-to-today), the
// same figures land on yesterday and the dashboard's month has something to draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../test/db.js'
import { systemActor } from '../core/actor.js'
import { situationReport, situationTrends } from '../modules/reports/index.js'
import { purgeOldPassages } from '../modules/passages/index.js'
import { addDays, daysBetween, localDate } from '../shared/days.js'
import { compareWithReport } from './compare.js'
import { FIRST_DAY, LAST_DAY, shiftToYesterday } from './plan.js'
import { runDemo, type DemoResult } from './replay.js'
import { isFresh } from './fresh.js'

const TZ = 'Asia/Shanghai'

describe.each(dialects)('mawei-2020 demo on %s', (dialect) => {
  let t: TestDb
  let result: DemoResult
  beforeAll(async () => {
    t = await createTestDb(dialect)
    expect((await isFresh(t.db)).fresh).toBe(true)
    result = await runDemo(t.db, {
      scale: 0.005,
      timeZone: TZ,
      dataDir: '/tmp',
      setPasswords: false,
    })
  }, 240_000)
  afterAll(() => t?.destroy())
  const report = () => situationReport(t.db, systemActor(t.top.id, t.top.path), { asOf: LAST_DAY }, TZ)

  it('reports as of 5 March exactly the figures it planted', async () => {
    expect([result.firstDay, result.lastDay]).toEqual([FIRST_DAY, LAST_DAY])
    expect(compareWithReport(result.planted, await report())).toEqual([])
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

  it('reports the same for 5 March after the retention job has deleted the 2020 passages', async () => {
    const before = await report()
    expect(before.passages.total).toBeGreaterThan(0)
    expect(before.passages.today).toBeGreaterThan(0)
    const { deleted } = await purgeOldPassages(t.db, 28)
    expect(deleted).toBe(before.passages.total)
    expect(await report()).toEqual(before)
  })

  it('is no longer a fresh database, so a second demo would refuse it', async () => {
    expect((await isFresh(t.db)).fresh).toBe(false)
  })
})

describe.each(dialects)('mawei-2020 demo moved to today on %s', (dialect) => {
  let t: TestDb
  let result: DemoResult
  const today = localDate(Date.now(), TZ)
  beforeAll(async () => {
    t = await createTestDb(dialect)
    result = await runDemo(t.db, {
      scale: 0.005,
      timeZone: TZ,
      dataDir: '/tmp',
      setPasswords: false,
      shiftDays: shiftToYesterday(TZ),
    })
  }, 240_000)
  afterAll(() => t?.destroy())
  const actor = () => systemActor(t.top.id, t.top.path)

  it('ends yesterday with the figures of 5 March 2020', async () => {
    expect(result.lastDay).toBe(addDays(today, -1))
    expect(result.firstDay).toBe(addDays(result.lastDay, -daysBetween(FIRST_DAY, LAST_DAY)))
    const report = await situationReport(t.db, actor(), { asOf: result.lastDay }, TZ)
    expect(report.asOf).toBe(result.lastDay)
    expect(compareWithReport(result.planted, report)).toEqual([])
    expect(report.observation.current).toBe(result.plan.current)
    // nothing is left in 2020
    const old = await t.db
      .selectFrom('observation')
      .where('starts_on', '<', result.firstDay)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    expect(Number(old.n)).toBe(0)
  })

  it("gives today's dashboard a month of non-zero trends and observations in their first weeks", async () => {
    const trends = await situationTrends(t.db, actor(), { asOf: today, days: 30 }, TZ)
    const sum = (f: (d: (typeof trends.days)[number]) => number) => trends.days.reduce((n, d) => n + f(d), 0)
    expect(sum((d) => d.observationsStarted)).toBeGreaterThan(0)
    expect(sum((d) => d.observationsReleased)).toBeGreaterThan(0)
    expect(sum((d) => d.passages.total)).toBeGreaterThan(0)
    const open = await t.db
      .selectFrom('observation')
      .where('released_on', 'is', null)
      .select(['starts_on', 'ends_on'])
      .execute()
    expect(open.length).toBe(result.plan.current)
    // 第 N 天 / 共 M 天: every one still open began at most a few weeks ago, and is at most a
    // day past its end (those due today are released by today's round, not yet run)
    for (const o of open) {
      const day = daysBetween(o.starts_on, today) + 1
      expect(day).toBeGreaterThanOrEqual(1)
      expect(day).toBeLessThanOrEqual(daysBetween(o.starts_on, o.ends_on) + 1)
    }
  })
})
