// 推演计划: every figure the replay plants, fixed before the first write, so that the
// report as of 2020-03-05 can be compared with it. The day-by-day shares are shaped after
// the source case: returnees around the Spring Festival (25 Jan), closed management of
// villages first and compounds from early February, the return-to-work wave late February.
import { addDays, daysBetween, localDate } from '../shared/days.js'
import { apportion, scaled } from './rng.js'

export const FIRST_DAY = '2020-01-23'
export const LAST_DAY = '2020-03-05'
export const DAYS = daysBetween(FIRST_DAY, LAST_DAY) + 1 // 43
export const dayOf = (i: number) => addDays(FIRST_DAY, i)
export const indexOf = (date: string) => daysBetween(FIRST_DAY, date)

/** --shift-to-today: days added to every date so that the last day is yesterday in `timeZone`. */
export function shiftToYesterday(timeZone: string, at = Date.now()): number {
  return daysBetween(LAST_DAY, addDays(localDate(at, timeZone), -1))
}

/** Source-case figures (DESIGN.md section 1) at scale 1. */
export const SOURCE = {
  peopleScreened: 33_194,
  numbers: 9_716,
  keyPersons: 2_956,
  released: 2_654,
  careHouseholds: 339,
  careTimes: 2_836, // "2,800+"
  offline: 3_481,
  phone: 578,
  online: 8_459,
  partyMembers: 9_269,
  cadres: 612, // "600+"
  cadreUnits: 63, // "60+ units"
  checkpoints: { village: 191, community: 21, road: 61, compound: 191 },
  publicity: {
    banners: 52,
    slogans: 2_700,
    householdsVisited: 3_800,
    peopleReached: 9_000,
    posts: 110,
    articles: 20,
  },
  chatGroups: 80,
  socialWorkers: 15,
  agencies: 4,
} as const

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i)

/** `total` spread over days [from, to] with weights given by `shape(i)`: exact integers. */
function perDay(total: number, from: number, to: number, shape: (d: number) => number): number[] {
  const out = Array(DAYS).fill(0) as number[]
  const days = range(from, to)
  apportion(
    total,
    days.map((d) => shape(d)),
  ).forEach((n, k) => (out[days[k]] += n))
  return out
}

const peak = (centre: number, width: number) => (d: number) => Math.exp(-(((d - centre) / width) ** 2)) + 0.08

// Day indexes (0 = 23 Jan)
export const D = {
  round1: [1, 15] as const, // 24 Jan – 7 Feb: first building sweep
  round2: [18, 42] as const, // 10 Feb – 5 Mar: 复工返岗 sweep
  lateFrom: 29, // 21 Feb: observations opened from here are still running on 5 Mar
  calls: [2, 13] as const,
  secondRound: [14, 17] as const,
  wenzhou: 5, // 温州 listed on 28 Jan (arrivals since 8 Jan)
  hotline: 17, // 9 Feb: 24 h hotline
}

export interface Plan {
  scale: number
  peopleScreened: number
  numbers: number
  reached: { round1: number; round2: number }
  finished: { wrong: number; refused: number; notInArea: number }
  unreached: number
  seenTarget: number
  doorNew: { round1: number; round2: number }
  roster: number
  unseen: number
  households: number
  keyPersons: number
  released: number
  current: number
  /** per day: key persons found at a door (round 1 / round 2) and self-declared on a poster */
  doorKeyPersons: number[]
  selfKeyPersons: number[]
  visits1: number[]
  doorNew2: number[]
  calls1: number[]
  calls2: number[]
  careHouseholds: number
  careTimes: number
  socialWork: { offline: number; phone: number; online: number }
  partyMembers: number
  cadres: number
  cadreUnits: number
  /** ordinary residents who declare on a poster and get a pass */
  residentDeclarations: number[]
  passagesPerCheckpoint: number
}

export function makePlan(scale: number): Plan {
  const numbers = scaled(SOURCE.numbers, scale)
  const peopleScreened = scaled(SOURCE.peopleScreened, scale)
  const reachedAll = Math.round(numbers * 0.93)
  const round2 = Math.round(numbers * 0.05)
  const wrong = Math.round(numbers * 0.02)
  const refused = Math.round(numbers * 0.006)
  const notInArea = Math.round(numbers * 0.012)
  const unreached = numbers - reachedAll - wrong - refused - notInArea
  const seenTarget = peopleScreened - reachedAll
  const doorNewAll = Math.round(seenTarget * 0.06)
  const doorNew2 = Math.round(doorNewAll * 0.3)
  const initialSeen = seenTarget - doorNewAll
  const unseen = Math.round(initialSeen * 0.07)
  const roster = initialSeen + unseen

  const keyPersons = scaled(SOURCE.keyPersons, scale)
  const released = scaled(SOURCE.released, scale)
  const current = keyPersons - released
  const door = Math.round(keyPersons * 0.6)
  const doorR2 = Math.min(Math.round(keyPersons * 0.1), doorNew2)
  const lateDoor = Math.min(Math.round(current * 0.4), doorR2)
  const lateSelf = current - lateDoor
  const self = keyPersons - door
  if (lateSelf > self) throw new Error('plan: too few self-declared key persons for the late wave')
  const [r1from, r1to] = D.round1
  const [r2from, r2to] = D.round2
  const doorKeyPersons = perDay(door - doorR2, r1from, r1to, peak(5, 5))
  perDay(doorR2 - lateDoor, r2from, D.lateFrom - 1, () => 1).forEach((n, i) => (doorKeyPersons[i] += n))
  perDay(lateDoor, D.lateFrom, r2to, () => 1).forEach((n, i) => (doorKeyPersons[i] += n))
  const selfKeyPersons = perDay(self - lateSelf, 0, D.lateFrom - 1, peak(4, 7))
  perDay(lateSelf, D.lateFrom, DAYS - 1, peak(33, 6)).forEach((n, i) => (selfKeyPersons[i] += n))

  // people back at work met at the door in round 2: the key persons among them, and others
  const extraArrivals = perDay(doorNew2 - doorR2, r2from, r2to, peak(32, 8))
  return {
    scale,
    peopleScreened,
    numbers,
    reached: { round1: reachedAll - round2, round2 },
    finished: { wrong, refused, notInArea },
    unreached,
    seenTarget,
    doorNew: { round1: doorNewAll - doorNew2, round2: doorNew2 },
    roster,
    unseen,
    households: Math.max(1, Math.round(roster / 2.6)),
    keyPersons,
    released,
    current,
    doorKeyPersons,
    selfKeyPersons,
    visits1: perDay(1000, r1from, r1to, peak(6, 6)), // shares (per mille) of round-1 households
    doorNew2: doorKeyPersons.map((n, d) => (d >= r2from ? n : 0) + extraArrivals[d]),
    calls1: perDay(numbers, D.calls[0], D.calls[1], peak(5, 4)),
    calls2: perDay(round2 + unreached, D.secondRound[0], D.secondRound[1], () => 1),
    careHouseholds: Math.max(1, scaled(SOURCE.careHouseholds, scale)),
    careTimes: Math.max(1, scaled(SOURCE.careTimes, scale)),
    socialWork: {
      offline: scaled(SOURCE.offline, scale),
      phone: scaled(SOURCE.phone, scale),
      online: scaled(SOURCE.online, scale),
    },
    partyMembers: scaled(SOURCE.partyMembers, scale),
    cadres: scaled(SOURCE.cadres, scale),
    cadreUnits: Math.max(1, Math.min(scaled(SOURCE.cadreUnits, scale), scaled(SOURCE.cadres, scale))),
    residentDeclarations: perDay(scaled(3000, scale), 1, DAYS - 1, peak(20, 12)),
    passagesPerCheckpoint: 4,
  }
}
