// 暖心人: households under observation ask for shopping, printing of the children's study
// materials or medicine; a grid volunteer is assigned and each delivery is recorded. The
// households are picked from the observations as they open, the deliveries follow a daily
// schedule, so the totals by 5 March are exact.
import { assignCareRequest, fulfilCareRequest, openCareRequest } from '../../modules/care/care.service.js'
import type { CareKind } from '../../modules/care/care.queries.js'
import { getPersonInScope } from '../../modules/people/people.service.js'
import { DAYS } from '../plan.js'
import { apportion } from '../rng.js'
import type { World } from '../world.js'

interface CareHousehold {
  householdId: string
  streetIdx: number
  community: string
  untilDay: number
  volunteer: number
  requests: Partial<Record<CareKind, string>>
  deliveries: number
}

const LAST_PICK = DAYS - 6

export class CareDesk {
  private households: CareHousehold[] = []
  private taken = new Set<string>()
  private carry = 0
  private readonly daily: number[]

  constructor(
    private w: World,
    private opts: { dataDir: string; timeZone: string },
  ) {
    const weights = Array.from({ length: DAYS }, (_, d) => (d < 2 ? 0 : 1 + d / 20))
    this.daily = apportion(w.plan.careTimes, weights)
  }

  /** After the day's observations opened: take on new households, so that all are in by day 37. */
  async pick(expectedObservations: number) {
    const w = this.w
    const want = w.plan.careHouseholds - this.households.length
    if (want <= 0) return
    const fresh = w.observations.filter((o) => o.startDay === w.day)
    const force = w.day >= LAST_PICK
    const share = force ? 1 : Math.min(1, (want / Math.max(1, expectedObservations)) * 1.3)
    const candidates = force ? w.observations.filter((o) => o.released === undefined) : fresh
    for (const o of candidates) {
      if (this.households.length >= w.plan.careHouseholds) break
      if (!force && !w.rng.chance(share)) continue
      const householdId = (await getPersonInScope(w.db, w.admin, o.person.id!)).household_id
      if (!householdId || this.taken.has(householdId)) continue
      this.taken.add(householdId)
      this.households.push({
        householdId,
        streetIdx: o.streetIdx,
        community: o.person.community,
        untilDay: o.startDay + 14,
        volunteer: w.rng.int(0, 1),
        requests: {},
        deliveries: 0,
      })
    }
  }

  /** The day's deliveries: households not yet served first, then in turn. */
  async deliver() {
    const w = this.w
    const active = this.households.filter((h) => h.untilDay > w.day)
    let n = this.daily[w.day] + this.carry
    if (!active.length) {
      this.carry = n
      return
    }
    const lastDay = w.day === DAYS - 1
    if (lastDay) n = Math.max(n, active.filter((h) => h.deliveries === 0).length)
    active.sort((a, b) => a.deliveries - b.deliveries)
    for (let k = 0; k < n; k++) {
      const h = active[k % active.length]
      w.at(16 + (3 * k) / Math.max(1, n))
      const kind: CareKind =
        h.deliveries > 2 && w.rng.chance(0.12)
          ? 'printing'
          : h.deliveries > 4 && w.rng.chance(0.05)
            ? 'medicine'
            : 'shopping'
      const worker = w.workerFor(h)
      const volunteer = w.street(h.streetIdx).grid[h.volunteer]
      let id = h.requests[kind]
      if (!id) {
        const req = await openCareRequest(
          w.db,
          worker,
          { householdId: h.householdId, kind, items: ITEMS[kind] },
          this.opts,
        )
        await assignCareRequest(w.db, worker, req.id, volunteer.userId!)
        id = h.requests[kind] = req.id
      }
      await fulfilCareRequest(
        w.db,
        volunteer,
        id,
        { delivered: '已送到门口，电话告知住户取件', close: false },
        this.opts,
      )
      if (h.deliveries++ === 0) w.planted.care.households++
      w.planted.care.times++
    }
    this.carry = 0
  }
}

const ITEMS: Record<CareKind, string> = {
  shopping: '大米5斤、青菜、鸡蛋一盒、牛奶',
  printing: '孩子网课学习资料（语文、数学练习卷）',
  medicine: '降压药（硝苯地平缓释片）',
  other: '代缴水电费',
}
