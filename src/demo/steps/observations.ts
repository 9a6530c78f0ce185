// 居家医学观察 with "1+1+1" teams: opened for every key person the day they are filed;
// temperatures at home twice a day (am by the medic, pm by the community worker); a fever
// raises an alert that the medic checks and closes; a missed slot is caught by the
// periodic job; released by the street's medic when the 14 days are over.
import {
  acknowledgeAlert,
  closeAlert,
  listAlerts,
  raiseMissedSlotAlerts,
} from '../../modules/observations/index.js'
import { openObservation } from '../../modules/observations/index.js'
import { recordReading } from '../../modules/observations/index.js'
import { extendObservation, releaseDue } from '../../modules/observations/index.js'
import type { ObservationSettings } from '../../modules/observations/index.js'
import { now } from '../../core/clock.js'
import { DAYS } from '../plan.js'
import type { Person, World } from '../world.js'

export async function openFor(w: World, people: Person[], s: ObservationSettings) {
  for (const [k, p] of people.entries()) {
    w.at(12.5 + (1.5 * k) / Math.max(1, people.length))
    const street = w.street(p.streetIdx)
    const worker = w.workerFor(p)
    const view = await openObservation(
      w.db,
      street.officer,
      {
        personId: p.id!,
        reason: `${p.keyPerson!.arrival}自${p.keyPerson!.fromPlace}返回，居家医学观察14天`,
        days: 14,
        team: { officerId: street.officer.userId!, medicId: street.medic.userId!, workerId: worker.userId! },
      },
      s,
    )
    p.observationId = view.id
    w.observations.push({
      id: view.id,
      person: p,
      startDay: w.day,
      streetIdx: p.streetIdx,
      fevers: new Set(),
      missed: new Set(),
    })
    w.planted.observation.cumulative++
  }
}

const open = (w: World) => w.observations.filter((o) => o.released === undefined)

/** One round of readings: `slot` for everyone open today (a few fevers, a few missed). */
export async function readings(w: World, slot: 'am' | 'pm', s: ObservationSettings) {
  const list = open(w).filter((o) => (slot === 'am' ? o.startDay < w.day : o.startDay <= w.day))
  for (const [k, o] of list.entries()) {
    w.at((slot === 'am' ? 7.5 : 15) + (2.5 * k) / Math.max(1, list.length))
    // nothing unusual in the last two days before the planned end, so that release is clean
    const quiet = w.day >= o.startDay + 12 + (o.extendOn !== undefined ? 2 : 0)
    if (!quiet && w.day > o.startDay && w.rng.chance(0.0015)) {
      o.missed.add(w.day)
      continue
    }
    const fever = !quiet && w.rng.chance(0.002)
    const temperature = fever
      ? 37.3 + Math.round(w.rng.next() * 8) / 10
      : 36 + Math.round(w.rng.next() * 11) / 10
    const street = w.street(o.streetIdx)
    const by = slot === 'am' ? street.medic : w.workerFor(o.person)
    await recordReading(w.db, by, o.id, { temperature, slot, date: w.date }, s)
    if (fever) {
      o.fevers.add(w.day)
      if (o.extendOn === undefined && o.startDay <= DAYS - 19 && w.rng.chance(0.5)) o.extendOn = w.day + 1
    }
  }
}

/** 延期 decided the day after a fever: two more days. */
export async function extensions(w: World, s: ObservationSettings) {
  for (const o of open(w).filter((x) => x.extendOn === w.day)) {
    w.at(9.5)
    await extendObservation(
      w.db,
      w.street(o.streetIdx).medic,
      o.id,
      { days: 2, reason: '观察期内发热，复测正常，延长观察2天' },
      s,
    )
  }
}

/** 批量解除 by each street's medic: everyone due whose last 24 h are normal. */
export async function releases(w: World, s: ObservationSettings) {
  w.at(10.5)
  const byId = new Map(open(w).map((o) => [o.id, o]))
  for (const street of w.streets) {
    const res = await releaseDue(w.db, street.medic, { regionId: street.region.id }, s)
    if (res.refused.length) throw new Error(`release refused: ${res.refused.map((r) => r.code).join(', ')}`)
    for (const id of res.released) {
      const o = byId.get(id)
      if (o) o.released = w.day
      w.planted.observation.released++
    }
  }
}

/** Alerts of the day: the medic acknowledges each and closes it with the check's result. */
export async function closeAlerts(w: World, hour: number) {
  w.at(hour)
  for (const street of w.streets) {
    const active = await listAlerts(w.db, street.medic, { status: 'active', regionId: street.region.id })
    for (const a of active) {
      await acknowledgeAlert(w.db, street.medic, a.id)
      await closeAlert(
        w.db,
        street.medic,
        a.id,
        a.kind === 'missed_slot' ? '已电话联系，补测体温正常' : '上门复测体温正常，无其他症状，继续观察',
      )
    }
  }
}

export async function missedSlots(w: World, s: ObservationSettings) {
  w.at(21)
  await raiseMissedSlotAlerts(w.db, now(), s)
}
