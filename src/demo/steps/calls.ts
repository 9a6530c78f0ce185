// 电话排查: the three carriers' lists of numbers that were in Hubei or Wenzhou, imported
// per street, dealt out to callers, called one by one (the caller sees the full number of
// the entry they work), and the unreached called again in a second round.
import type { CallOutcome } from '../../modules/campaigns/index.js'
import { createCampaign } from '../../modules/campaigns/index.js'
import { nextNumber, recordCall } from '../../modules/campaigns/index.js'
import { importNumbers, splitCallLists, startSecondRound } from '../../modules/campaigns/index.js'
import { CARRIERS } from '../identity.js'
import { apportion } from '../rng.js'
import type { World } from '../world.js'

type Fate = 'reached' | 'reached2' | 'wrong' | 'refused' | 'not_in_area' | 'unreached'

export interface PhoneScreening {
  campaigns: { id: string; streetIdx: number }[]
  fate: Map<string, Fate>
}

/** Creates one phone screening per street and imports its share of each carrier's list. */
export async function importCarrierLists(w: World): Promise<PhoneScreening> {
  const p = w.plan
  const fates: Fate[] = [
    ...Array<Fate>(p.reached.round1).fill('reached'),
    ...Array<Fate>(p.reached.round2).fill('reached2'),
    ...Array<Fate>(p.finished.wrong).fill('wrong'),
    ...Array<Fate>(p.finished.refused).fill('refused'),
    ...Array<Fate>(p.finished.notInArea).fill('not_in_area'),
    ...Array<Fate>(p.unreached).fill('unreached'),
  ]
  w.rng.shuffle(fates)
  const fate = new Map<string, Fate>()
  const shares = apportion(p.numbers, [5, 3, 3, 3])
  const campaigns: PhoneScreening['campaigns'] = []
  let next = 0
  for (const [si, street] of w.streets.entries()) {
    const c = await createCampaign(w.db, street.officer, {
      kind: 'phone',
      name: `${street.name}电话排查（运营商数据）`,
      regionId: street.region.id,
    })
    campaigns.push({ id: c.id, streetIdx: si })
    const perCarrier = apportion(shares[si], [5, 3, 2])
    for (const [ci, carrier] of CARRIERS.entries()) {
      const lines = ['手机号码,运营商,归属地,抵榕日期']
      for (let k = 0; k < perCarrier[ci]; k++) {
        const phone = w.ids.mobile('list', carrier)
        fate.set(phone, fates[next++])
        const from = w.rng.chance(0.8) ? '湖北' : '浙江温州'
        lines.push(
          `${phone},${carrier},${from},${w.moved(`2020-01-${String(w.rng.int(8, 24)).padStart(2, '0')}`)}`,
        )
      }
      if (perCarrier[ci] === 0) continue
      const content = Buffer.from(lines.join('\n'), 'utf8').toString('base64')
      const r = await importNumbers(w.db, street.officer, c.id, { content, carrier })
      if (r.toCall !== perCarrier[ci])
        throw new Error(`import: ${r.toCall} to call, expected ${perCarrier[ci]}`)
    }
    const callers = [...street.grid, street.worker].map((a) => a.userId!)
    await splitCallLists(w.db, street.officer, c.id, { callerIds: callers })
  }
  return { campaigns, fate }
}

const FIRST: Record<Fate, CallOutcome> = {
  reached: 'reached',
  reached2: 'no_answer',
  wrong: 'wrong_number',
  refused: 'refused',
  not_in_area: 'not_in_area',
  unreached: 'switched_off',
}

/** `count` calls today, spread over the streets' callers; round 2 only calls the unreached. */
export async function makeCalls(w: World, ps: PhoneScreening, count: number, round: 1 | 2) {
  const callers = ps.campaigns.flatMap((c) => {
    const s = w.street(c.streetIdx)
    return [...s.grid, s.worker].map((actor) => ({ actor, campaignId: c.id }))
  })
  let made = 0
  let idle = 0
  for (let k = 0; made < count && idle < callers.length; k++) {
    const { actor, campaignId } = callers[k % callers.length]
    w.at(9 + (9 * made) / Math.max(1, count))
    const { entry, fullPhone } = await nextNumber(w.db, actor, campaignId)
    if (!entry || !fullPhone) {
      idle++
      continue
    }
    idle = 0
    const f = ps.fate.get(fullPhone)!
    const outcome: CallOutcome = round === 1 ? FIRST[f] : f === 'reached2' ? 'reached' : 'no_answer'
    const stillThere = outcome === 'reached' && w.rng.chance(0.08)
    await recordCall(w.db, actor, entry.id, {
      outcome,
      note: outcome === 'reached' ? '已询问行程及健康状况' : null,
      finding: stillThere ? { currentPlace: '仍在湖北，未返榕', note: '嘱返榕前申报' } : undefined,
    })
    made++
    if (outcome === 'reached') {
      w.planted.phone_numbers_reached++
      w.planted.people_screened++
    }
    if (round === 1) w.planted.phone_numbers_screened++
  }
  if (made < count) throw new Error(`calls: made ${made} of ${count}`)
}

export async function secondRound(w: World, ps: PhoneScreening) {
  for (const c of ps.campaigns) {
    const s = w.street(c.streetIdx)
    await startSecondRound(w.db, s.officer, c.id, { callerIds: [...s.grid, s.worker].map((a) => a.userId!) })
  }
}
