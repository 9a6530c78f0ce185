// 卡点: one entrance per compound (封闭管理), a checkpoint at every natural village, at the
// community offices and on the roads into each street or town. Each has a duty account
// (the gate's phone) rostered round the clock, and passages every day: temperature,
// identity by document or pass, some vehicles.
import { randomUUID } from 'node:crypto'
import type { Actor } from '../../core/actor.js'
import { createCheckpoint } from '../../modules/checkpoints/index.js'
import type { CheckpointType } from '../../modules/checkpoints/index.js'
import { addShift } from '../../modules/checkpoints/index.js'
import { recordBatch } from '../../modules/passages/index.js'
import type { PassageSettings } from '../../modules/passages/index.js'
import type { PassageInput } from '../../modules/passages/index.js'
import { iso, localInstant } from '../../shared/days.js'
import { addDays } from '../../shared/days.js'
import type { Region } from '../../modules/regions/index.js'
import { apportion } from '../rng.js'
import type { Person, World } from '../world.js'
import { createAccount } from './setup.js'

interface Wanted {
  type: CheckpointType
  region: Region
  name: string
  streetIdx: number
  day: number
}

/** Which checkpoints open on which day (roads and villages first, compounds from 2 Feb). */
export function planCheckpoints(w: World): Wanted[] {
  const out: Wanted[] = []
  for (const [si, s] of w.streets.entries()) {
    const roads =
      w.plan.scale >= 1
        ? [15, 16, 14, 16][si]
        : apportion(Math.round(61 * w.plan.scale), [15, 16, 14, 16])[si]
    for (let k = 0; k < roads; k++)
      out.push({
        type: 'road',
        region: s.region,
        name: `${s.name}道路卡点${k + 1}`,
        streetIdx: si,
        day: 2 + (k % 2),
      })
  }
  for (const c of w.communities.values()) {
    if (c.kind === 'community')
      out.push({
        type: 'community',
        region: c.region,
        name: `${c.name}服务中心卡点`,
        streetIdx: c.streetIdx,
        day: 9,
      })
    for (const [k, p] of c.places.entries())
      out.push(
        c.kind === 'village'
          ? {
              type: 'village',
              region: p,
              name: `${p.name}村口卡点`,
              streetIdx: c.streetIdx,
              day: 3 + (k % 2),
            }
          : {
              type: 'compound',
              region: p,
              name: `${p.name}大门卡点`,
              streetIdx: c.streetIdx,
              day: 10 + (k % 3),
            },
      )
  }
  return out
}

let gateNo = 0
export const resetGates = () => void (gateNo = 0)

export async function openCheckpoints(w: World, wanted: Wanted[]) {
  for (const c of wanted.filter((x) => x.day === w.day)) {
    w.at(7)
    const officer = w.street(c.streetIdx).officer
    const cp = await createCheckpoint(w.db, officer, { regionId: c.region.id, type: c.type, name: c.name })
    // the command centre makes the gate accounts: an officer holds no passage:write to grant
    const duty = await createAccount(w, w.admin, {
      username: `gate${String(++gateNo).padStart(3, '0')}`,
      role: 'checkpoint_staff',
      region: c.region,
      name: `${c.name}值守`,
      show:
        gateNo === 1 ||
        (c.type === 'compound' && !w.accounts.some((a) => a.show && a.role === 'checkpoint_staff')),
    })
    w.checkpoints.push({
      id: cp.id,
      type: c.type,
      regionId: c.region.id,
      streetIdx: c.streetIdx,
      duty,
      fromDay: w.day,
    })
    w.planted.checkpoints[c.type]++
  }
}

/** 排班: the duty account holds the gate from 08:00 to 08:00 the next morning. */
export async function roster(w: World) {
  w.at(7.5)
  const from = iso(localInstant(w.date, 8, w.timeZone))
  const to = iso(localInstant(addDays(w.date, 1), 8, w.timeZone))
  for (const c of w.checkpoints)
    await addShift(w.db, w.street(c.streetIdx).officer, c.id, {
      staffUserId: c.duty.userId!,
      startsAt: from,
      endsAt: to,
    })
}

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'

// ~450 passages: one group commit (≤ 500) and one WAL sync for each hundred gates
const GATES_AT_ONCE = 100

/** The day's passages, sent by each gate as an offline batch at night (outside the day's transaction). */
export async function passages(w: World, settings: PassageSettings, residents: Map<number, Person[]>) {
  w.at(23.5)
  const batches: { duty: Actor; items: PassageInput[] }[] = []
  for (const c of w.checkpoints) {
    const people = residents.get(c.streetIdx) ?? []
    if (!people.length) continue
    const n = w.plan.passagesPerCheckpoint + w.rng.int(-1, 2)
    const items: PassageInput[] = []
    for (let k = 0; k < n; k++) {
      const p = w.rng.pick(people)
      const fever = w.rng.chance(0.002)
      const car = w.rng.chance(0.2)
      items.push({
        id: randomUUID(),
        checkpointId: c.id,
        direction: k % 2 === 0 ? 'out' : 'in',
        deviceAt: iso(localInstant(w.date, 7 + (14 * k) / n + w.rng.next(), w.timeZone)),
        document: { type: 'id_card', number: p.doc },
        temperature: fever ? 37.6 : 36 + Math.round(w.rng.next() * 10) / 10,
        plate: car ? `闽A${LETTERS[w.rng.int(0, 23)]}${w.rng.int(1000, 9999)}` : null,
        verdict: 'allow',
      })
    }
    batches.push({ duty: c.duty, items })
  }
  // The gates' uploads arrive a hundred at a time: all 464 at once would queue ~2,000
  // passages on the one SQLite connection, and each query's release wakes every waiter
  // (the full-scale replay spent a third of its time there); one at a time would cost a
  // WAL sync for every few passages.
  for (let i = 0; i < batches.length; i += GATES_AT_ONCE)
    await Promise.all(
      batches
        .slice(i, i + GATES_AT_ONCE)
        .map((b) => recordBatch(w.db, b.duty, b.items, { settings, lang: 'zh' })),
    )
}
