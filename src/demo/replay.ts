// 马尾 2020 replay: 23 Jan – 5 Mar 2020, one day at a time, every write through the
// services, each day's writes in one transaction (passages go through the gate's group
// committer, which owns its transactions, after the day commits).
import { sql } from 'kysely'
import { dialectOf, inTransaction, type Db } from '../db/db.js'
import { setClock, setTimeZone } from '../core/clock.js'
import { systemActor, type Actor } from '../core/actor.js'
import { findTopRegion } from '../modules/regions/index.js'
import { ensureSigningKey } from '../modules/passes/index.js'
import { generatePassword, preparePassword } from '../modules/auth/index.js'
import { createRiskArea } from '../modules/risk-areas/index.js'
import { DEFAULT_SETTINGS } from '../modules/observations/index.js'
import { DEFAULT_PASSAGE_SETTINGS } from '../modules/passages/index.js'
import { D, DAYS, makePlan, type Plan } from './plan.js'
import { World, type Account, type Person, type Planted } from './world.js'
import { buildDistrict, setDemoPasswords } from './steps/setup.js'
import { planRoster, registerRoster } from './steps/residents.js'
import { itemsOf, openSweeps, planRound1, planRound2Day, walkVisits } from './steps/sweeps.js'
import { importCarrierLists, makeCalls, secondRound, type PhoneScreening } from './steps/calls.js'
import { residentsDeclare, resetPlaceCodes, resetResidents, selfDeclare } from './steps/declarations.js'
import { closeAlerts, extensions, missedSlots, openFor, readings, releases } from './steps/observations.js'
import { openCheckpoints, passages, planCheckpoints, resetGates, roster } from './steps/checkpoints.js'
import { CareDesk } from './steps/care.js'
import { hotlineDay, planSocialWork, recordServices, setUpSocialWork } from './steps/services.js'
import { logPublicity, planPublicity, publishNotices } from './steps/publicity.js'
import { gridTeams, planStaff, registerSocialWorkers, registerStaff } from './steps/staff.js'

export interface Progress {
  day: number
  days: number
  date: string
  phase: string
  ops: number
}

export interface DemoOptions {
  scale: number
  timeZone: string
  dataDir: string
  deploymentId?: string
  seed?: number
  /** give the printed accounts passwords of their own (off in tests: two scrypt hashes each) */
  setPasswords?: boolean
  /** days added to every date, so that the replay ends on another day (0: 5 March 2020) */
  shiftDays?: number
  onProgress?: (p: Progress) => void
}

export interface DemoResult {
  plan: Plan
  planted: Planted
  accounts: Account[]
  /** shared by every account not printed one by one */
  staffPassword: string
  /** the replay's first and last day (5 March 2020 unless shifted) */
  firstDay: string
  lastDay: string
  regions: { district: string; maxian?: string; kailong?: string }
}

export async function runDemo(db: Db, opts: DemoOptions): Promise<DemoResult> {
  resetPlaceCodes()
  resetResidents()
  resetGates()
  const plan = makePlan(opts.scale)
  const w = new World(
    db,
    plan,
    opts.timeZone,
    opts.dataDir,
    opts.seed ?? 2020,
    {
      deploymentId: opts.deploymentId ?? 'lianfang',
      feverThreshold: 37.3,
    },
    opts.shiftDays ?? 0,
  )
  setTimeZone(opts.timeZone)
  w.staffPassword = await preparePassword(`Mw2020-${generatePassword().slice(0, 10)}`)
  const top = (await findTopRegion(db))!
  const system: Actor = systemActor(top.id, top.path)
  const s = { ...DEFAULT_SETTINGS, timeZone: opts.timeZone }
  const passageSettings = { ...DEFAULT_PASSAGE_SETTINGS, issuer: opts.deploymentId ?? 'lianfang' }
  const careOpts = { dataDir: opts.dataDir, timeZone: opts.timeZone }
  const report = (phase: string) =>
    opts.onProgress?.({ day: w.day + 1, days: DAYS, date: w.date, phase, ops: w.ops })
  const sqlite = dialectOf(db) === 'sqlite'
  const inDay = async (phase: string, fn: () => Promise<void>) => {
    report(phase)
    // A demo database is rebuilt, not restored: in WAL mode NORMAL stays consistent and
    // skips the disk flush at each of the ~450 day transactions (~20 ms each here). Set
    // each time: the passage committer puts FULL back after each of its batches.
    if (sqlite) await sql`pragma synchronous = normal`.execute(db)
    await inTransaction(db, async (trx) => {
      w.db = trx as unknown as Db
      try {
        await fn()
      } finally {
        w.db = db
      }
    })
  }

  w.day = 0
  w.date = w.dayOf(0)
  w.at(7)
  await ensureSigningKey(db)
  await inDay('district, accounts', async () => {
    await buildDistrict(w, system)
  })
  planRoster(w)
  report('roster')
  await registerRoster(w, () => report('roster'))
  const wanted = planCheckpoints(w)
  const round1 = planRound1(w)
  const staff = planStaff(w)
  const publicity = planPublicity(w)
  const socialWork = planSocialWork(w)
  const care = new CareDesk(w, careOpts)
  let workers: string[] = []
  let items1 = new Map<string, string>()
  let items2 = new Map<string, string>()
  let phones: PhoneScreening | undefined

  for (let day = 0; day < DAYS; day++) {
    w.day = day
    w.date = w.dayOf(day)
    await inDay('morning', async () => {
      if (day === 0) {
        w.at(8)
        workers = await setUpSocialWork(w)
        await registerSocialWorkers(w)
        await gridTeams(w)
      }
      if (day === D.wenzhou) {
        w.at(8)
        await createRiskArea(w.db, w.admin, {
          name: '温州',
          aliases: ['温州市', '浙江温州'],
          fromDate: w.moved('2020-01-08'),
          observationDays: 14,
        })
      }
      report('checkpoints, rosters')
      await openCheckpoints(w, wanted)
      await roster(w)
      if (day === D.round1[0]) {
        await openSweeps(w, w.sweeps1, '第一轮入户排查')
        items1 = await itemsOf(w, w.sweeps1)
      }
      if (day === D.round2[0]) {
        await openSweeps(w, w.sweeps2, '复工返岗排查')
        items2 = await itemsOf(w, w.sweeps2)
      }
      if (day === D.calls[0]) phones = await importCarrierLists(w)
      report('readings, releases')
      await readings(w, 'am', s)
      await extensions(w, s)
      await releases(w, s)
    })
    const filed: Person[] = []
    await inDay('sweeps', async () => {
      if (round1.has(day)) filed.push(...(await walkVisits(w, round1.get(day)!, items1)))
      if (day >= D.round2[0]) filed.push(...(await walkVisits(w, planRound2Day(w, day), items2)))
    })
    await inDay('calls', async () => {
      if (!phones) return
      if (day === D.secondRound[0]) await secondRound(w, phones)
      if (plan.calls1[day]) await makeCalls(w, phones, plan.calls1[day], 1)
      if (plan.calls2[day]) await makeCalls(w, phones, plan.calls2[day], 2)
    })
    await inDay('declarations', async () => {
      filed.push(...(await selfDeclare(w, plan.selfKeyPersons[day])))
      await residentsDeclare(w, plan.residentDeclarations[day])
    })
    await inDay('observations', async () => {
      w.planted.key_persons_filed += filed.length
      await openFor(w, filed, s)
      report('care: households')
      await care.pick()
      report('readings pm')
      await readings(w, 'pm', s)
    })
    await inDay('care', async () => {
      await care.deliver()
      report('publicity, services')
      await publishNotices(w)
      await logPublicity(w, publicity)
      await recordServices(w, socialWork, workers)
      await hotlineDay(w)
      report('staff, alerts')
      await registerStaff(w, staff)
      await closeAlerts(w, 18)
    })
    // the periodic job opens its own transaction
    report('missed slots')
    await missedSlots(w, s)
    report('passages')
    await passages(w, passageSettings, residentsByStreet(w))
  }
  w.planted.people_screened += w.seen.size
  w.planted.observation.current = w.planted.observation.cumulative - w.planted.observation.released
  w.at(22)
  report('demo passwords')
  if (opts.setPasswords !== false) await setDemoPasswords(w)
  setClock(undefined)
  return {
    plan,
    planted: w.planted,
    accounts: w.accounts,
    staffPassword: w.staffPassword.password,
    firstDay: w.dayOf(0),
    lastDay: w.dayOf(DAYS - 1),
    regions: {
      district: w.top.id,
      maxian: w.communities.get('马限社区')?.region.id,
      kailong: w.communities.get('凯隆社区')?.region.id,
    },
  }
}

// per replay: two replays in one process (the test, on each database) must not share it
const caches = new WeakMap<World, { size: number; map: Map<number, Person[]> }>()
function residentsByStreet(w: World) {
  const cache = caches.get(w)
  if (cache && cache.size === w.people.length) return cache.map
  const map = new Map<number, Person[]>()
  for (const p of w.people) {
    if (!p.id) continue
    const list = map.get(p.streetIdx) ?? []
    list.push(p)
    map.set(p.streetIdx, list)
  }
  caches.set(w, { size: w.people.length, map })
  return map
}
