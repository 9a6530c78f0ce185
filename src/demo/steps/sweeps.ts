// 扫楼 户户进门、人人见面: the first sweep (24 Jan – 7 Feb) enters every household; people
// at home are seen, newcomers join the registry at the door, and travel from a risk area
// becomes a finding that files the key person. The second sweep (复工返岗, from 10 Feb)
// revisits households and meets the people who came back to work.
import type { Actor } from '../../core/actor.js'
import { createCampaign } from '../../modules/campaigns/index.js'
import { assignSweep, listSweepItems, recordVisit, type VisitInput } from '../../modules/campaigns/index.js'
import { addDays } from '../../shared/days.js'
import { D } from '../plan.js'
import { apportion } from '../rng.js'
import type { Household, Person, World } from '../world.js'
import { newPerson } from './residents.js'
import { WENZHOU_AREAS, WUHAN_AREAS } from '../identity.js'

export interface Visit {
  household: Household
  outcome: 'visited' | 'nobody_home'
  seen: Person[]
  newcomers: Person[]
}

const HUBEI = ['湖北省武汉市', '湖北省武汉市江岸区', '湖北省孝感市', '湖北省黄冈市', '武汉市洪山区']
const WENZHOU = ['浙江省温州市', '温州市乐清', '温州市瑞安', '浙江省温州市鹿城区']

/** Where a key person filed on `day` came from, and when they arrived (within the 14 days). */
export function travelFor(w: World, day: number) {
  const wenzhou = day >= D.wenzhou && w.rng.chance(day > 15 ? 0.7 : 0.35)
  const back = w.rng.int(0, Math.min(10, day + 15))
  return { fromPlace: w.rng.pick(wenzhou ? WENZHOU : HUBEI), arrival: addDays(w.dayOf(day), -back), wenzhou }
}

/** Round 1 as a schedule: day → visits; who is never met; who arrived and who is a key person. */
export function planRound1(w: World): Map<number, Visit[]> {
  const plan = w.plan
  const households = w.rng.shuffle([...w.households])
  // people never met: first whole households (nobody home), then single members who are away
  let unseen = plan.unseen
  const away = new Set<Person>()
  const empty = new Set<Household>()
  for (const h of households) {
    if (unseen <= plan.unseen * 0.6) break
    if (h.members.length <= unseen - plan.unseen * 0.6 + 2 && h.members.length <= unseen) {
      empty.add(h)
      h.members.forEach((m) => away.add(m))
      unseen -= h.members.length
    }
  }
  for (const h of households) {
    if (unseen === 0) break
    if (empty.has(h) || h.members.length < 2) continue
    away.add(h.members[h.members.length - 1])
    unseen--
  }
  if (unseen > 0) throw new Error(`plan: cannot leave ${unseen} more people unseen`)
  const [from, to] = D.round1
  const perDay = apportion(households.length, plan.visits1.slice(from, to + 1))
  const schedule = new Map<number, Visit[]>()
  let k = 0
  perDay.forEach((n, i) => {
    const day = from + i
    schedule.set(
      day,
      households.slice(k, k + n).map((h) => ({
        household: h,
        outcome: empty.has(h) ? 'nobody_home' : 'visited',
        seen: h.members.filter((m) => !away.has(m)),
        newcomers: [],
      })),
    )
    k += n
  })
  // newcomers met at the door: renters and returnees not yet on the roster
  const open = [...schedule.entries()].flatMap(([day, vs]) =>
    vs.filter((v) => v.outcome === 'visited').map((v) => ({ day, v })),
  )
  for (let n = 0; n < plan.doorNew.round1; n++) {
    const { day, v } = w.rng.pick(open)
    const p = newPerson(w, v.household, { areas: w.rng.chance(0.3) ? WUHAN_AREAS : undefined })
    v.newcomers.push(p)
    p.seenOnDay = day
  }
  // key persons found at the door, on the day planned (a day short of people carries over)
  let carry = 0
  for (let day = from; day <= to; day++) {
    let want = plan.doorKeyPersons[day] + carry
    const candidates = w.rng.shuffle((schedule.get(day) ?? []).flatMap((v) => [...v.seen, ...v.newcomers]))
    for (const p of candidates) {
      if (want === 0) break
      const t = travelFor(w, day)
      p.keyPerson = { day, fromPlace: t.fromPlace, arrival: t.arrival, via: 'door' }
      want--
    }
    carry = want
  }
  if (carry) throw new Error(`plan: ${carry} door key persons found no door`)
  return schedule
}

/** One sweep campaign per community and village; each street's grid members take half each. */
export async function openSweeps(w: World, into: Map<string, string>, name: string) {
  for (const c of w.communities.values()) {
    const street = w.street(c.streetIdx)
    const campaign = await createCampaign(w.db, street.officer, {
      kind: 'sweep',
      name: `${c.name}${name}`,
      regionId: c.region.id,
    })
    into.set(c.name, campaign.id)
    for (const [i, place] of c.places.entries())
      await assignSweep(w.db, street.officer, campaign.id, {
        regionId: place.id,
        assigneeId: street.grid[i % 2].userId,
      })
  }
}

/** household id → sweep item id, for one campaign per community. */
export async function itemsOf(w: World, campaigns: Map<string, string>) {
  const items = new Map<string, string>()
  for (const id of campaigns.values())
    for (let page = 1; ; page++) {
      const res = await listSweepItems(w.db, w.admin, id, { page, pageSize: 2000 })
      for (const i of res.items) items.set(i.householdId, i.id)
      if (page * 2000 >= res.total) break
    }
  return items
}

const hours = (w: World, k: number, n: number) => 9 + (8 * k) / Math.max(1, n) + w.rng.next() * 0.05

/** Walks one day's visits. Returns the key persons filed (they are opened for observation later). */
export async function walkVisits(w: World, visits: Visit[], items: Map<string, string>): Promise<Person[]> {
  const filed: Person[] = []
  for (const [k, v] of visits.entries()) {
    w.at(hours(w, k, visits.length))
    const street = w.street(v.household.streetIdx)
    const visitor: Actor = street.grid[k % 2]
    const itemId = items.get(v.household.id!)
    if (!itemId) throw new Error(`no sweep item for ${v.household.address}`)
    const finding = (p: Person) =>
      p.keyPerson?.via === 'door' && p.keyPerson.day === w.day
        ? { fromPlace: p.keyPerson.fromPlace, arrivalDate: p.keyPerson.arrival, note: '入户排查发现' }
        : undefined
    const input: VisitInput = {
      outcome: v.outcome,
      seen: v.outcome === 'visited' ? v.seen.map((p) => ({ personId: p.id!, finding: finding(p) })) : [],
      newPeople: v.newcomers.map((p) => ({
        name: p.name,
        docType: 'id_card' as const,
        docNumber: p.doc,
        phone: p.phone,
        residenceType: 'temporary' as const,
        finding: finding(p),
      })),
    }
    const res = await recordVisit(w.db, visitor, itemId, input)
    v.newcomers.forEach((p, i) => {
      p.id = res.registered[i]
      w.people.push(p)
      v.household.members.push(p)
    })
    for (const p of [...input.seen!.map((_, i) => v.seen[i]), ...v.newcomers]) {
      if (v.outcome !== 'visited') continue
      w.seen.add(p.id!)
      if (finding(p)) filed.push(p)
    }
    const found = res.findings.reduce((n, f) => n + f.keyPersons, 0)
    const expected = filed.filter((p) => v.seen.includes(p) || v.newcomers.includes(p)).length
    if (found !== expected)
      throw new Error(`visit at ${v.household.address}: ${found} key persons filed, planned ${expected}`)
  }
  return filed
}

/** Round 2 for one day: households where people came back to work, and a few plain revisits. */
export function planRound2Day(w: World, day: number): Visit[] {
  const plan = w.plan
  const arrivals = plan.doorNew2[day]
  const keyPersons = plan.doorKeyPersons[day]
  const visits: Visit[] = []
  const pool = w.households.filter((h) => h.id && h.members.some((m) => m.id && w.seen.has(m.id)))
  let made = 0
  while (made < arrivals) {
    const h = w.rng.pick(pool)
    const v: Visit = {
      household: h,
      outcome: 'visited',
      seen: h.members.filter((m) => m.id && w.seen.has(m.id)),
      newcomers: [],
    }
    const n = Math.min(arrivals - made, w.rng.int(1, 3))
    for (let i = 0; i < n; i++) {
      const p = newPerson(w, h, {
        areas: w.rng.chance(0.4) ? (w.rng.chance(0.5) ? WUHAN_AREAS : WENZHOU_AREAS) : undefined,
      })
      p.seenOnDay = day
      if (made < keyPersons) {
        const t = travelFor(w, day)
        p.keyPerson = { day, fromPlace: t.fromPlace, arrival: t.arrival, via: 'door' }
      }
      v.newcomers.push(p)
      made++
    }
    visits.push(v)
  }
  if (keyPersons > arrivals) throw new Error('plan: more door key persons than arrivals in round 2')
  // 复查 revisits: everyone at home has been seen before
  const revisits = Math.round(pool.length * 0.012)
  for (let i = 0; i < revisits; i++) {
    const h = w.rng.pick(pool)
    visits.push({
      household: h,
      outcome: 'visited',
      seen: h.members.filter((m) => m.id && w.seen.has(m.id)),
      newcomers: [],
    })
  }
  return visits
}
