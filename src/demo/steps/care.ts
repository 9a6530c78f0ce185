// 暖心人: households under observation ask for shopping, printing of the children's study
// materials or medicine; a grid volunteer is assigned and each delivery is recorded. The
// households are picked from the observations as they open, each is owed its share of the
// deliveries before its 14 days are over, so the totals by 5 March are exactly the plan's.
import { assignCareRequest, fulfilCareRequest, openCareRequest } from '../../modules/care/index.js'
import type { CareKind } from '../../modules/care/index.js'
import { getPersonInScope } from '../../modules/people/index.js'
import { DAYS } from '../plan.js'
import { apportion } from '../rng.js'
import type { World } from '../world.js'

interface CareHousehold {
  householdId: string
  streetIdx: number
  community: string
  /** the first day it no longer needs help (its 14 days are over, or the replay is) */
  untilDay: number
  volunteer: number
  requests: Partial<Record<CareKind, string>>
  /** deliveries it is owed by `untilDay`, and those made */
  quota: number
  deliveries: number
}

/** From this day on, any household still under observation is taken until the plan's number are in. */
const LAST_PICK = DAYS - 6

const sum = (list: number[]) => list.reduce((a, b) => a + b, 0)

export class CareDesk {
  private households: CareHousehold[] = []
  private taken = new Set<string>()
  /** the plan's deliveries, shared out over the households in the order they are taken */
  private readonly quotas: number[]

  constructor(
    private w: World,
    private opts: { dataDir: string; timeZone: string },
  ) {
    this.quotas = apportion(
      w.plan.careTimes,
      Array.from({ length: w.plan.careHouseholds }, () => 1),
    )
  }

  /**
   * After the day's observations opened: take on households so that exactly the plan's
   * number are in. Until LAST_PICK each new observation is a candidate with probability
   * needed / candidates still to come (selection sampling: the plan says how many open
   * each day), so the households spread over the weeks and the count comes out exact;
   * a candidate without a household of its own, or whose household is already helped,
   * leaves its chance to the next.
   */
  async pick() {
    const w = this.w
    const force = w.day >= LAST_PICK
    const candidates = w.observations.filter((o) =>
      force ? o.released === undefined && o.startDay + 14 > w.day : o.startDay === w.day,
    )
    const plan = w.plan
    let remaining =
      candidates.length +
      (force
        ? 0
        : sum(plan.doorKeyPersons.slice(w.day + 1, LAST_PICK)) +
          sum(plan.selfKeyPersons.slice(w.day + 1, LAST_PICK)))
    for (const o of candidates) {
      const need = plan.careHouseholds - this.households.length
      if (need <= 0) break
      const chosen = force || w.rng.next() * remaining < need
      remaining--
      if (!chosen) continue
      const householdId = (await getPersonInScope(w.db, w.admin, o.person.id!)).household_id
      if (!householdId || this.taken.has(householdId)) continue
      this.taken.add(householdId)
      this.households.push({
        householdId,
        streetIdx: o.streetIdx,
        community: o.person.community,
        untilDay: Math.min(DAYS, o.startDay + 14),
        volunteer: w.rng.int(0, 1),
        requests: {},
        quota: this.quotas[this.households.length],
        deliveries: 0,
      })
    }
  }

  /** The day's deliveries: each household's quota spread evenly over the days it has left. */
  async deliver() {
    const w = this.w
    const today: CareHousehold[] = []
    for (const h of this.households) {
      if (h.untilDay <= w.day) continue
      const left = h.quota - h.deliveries
      for (let k = Math.ceil(left / (h.untilDay - w.day)); k > 0; k--) today.push(h)
    }
    for (const [k, h] of today.entries()) {
      w.at(16 + (3 * k) / today.length)
      await this.deliverTo(h)
    }
  }

  private async deliverTo(h: CareHousehold) {
    const w = this.w
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
}

const ITEMS: Record<CareKind, string> = {
  shopping: '大米5斤、青菜、鸡蛋一盒、牛奶',
  printing: '孩子网课学习资料（语文、数学练习卷）',
  medicine: '降压药（硝苯地平缓释片）',
  other: '代缴水电费',
}
