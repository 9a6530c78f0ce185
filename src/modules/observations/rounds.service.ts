// 巡查测温 the rounds of a team member, and the page of one observed person.
import type { Db } from '../../db/db.js'
import { now } from '../../core/clock.js'
import type { Actor } from '../../core/actor.js'
import { findPerson } from '../people/index.js'
import { toPersonView } from '../people/index.js'
import { alertsOfObservation } from './alerts.queries.js'
import { toAlertViews } from './alerts.service.js'
import { localDate } from '../../shared/days.js'
import { extensionsOf, openObservationsOfMember, readingsOf } from './observations.queries.js'
import { getObservationInScope, toObservationView } from './observations.service.js'
import { releaseProblem } from './release.service.js'
import { toReadingView, type ReadingView } from './readings.service.js'
import { DEFAULT_SETTINGS, slotAt, type ObservationSettings, type Slot } from './settings.js'
import { teamViews } from './team.service.js'

export interface RoundItem {
  observationId: string
  personId: string
  personName: string
  address: string | null
  regionName: string
  day: number
  of: number
  am: ReadingView | null
  pm: ReadingView | null
  activeAlerts: number
}

/**
 * Today's due readings for the people on whose team I am, in walking order: by building
 * (region path), then by address, numbers compared as numbers (2号楼 before 10号楼).
 */
export async function roundsOf(
  db: Db,
  actor: Actor,
  q: { date?: string },
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const today = localDate(now(), s.timeZone)
  const date = q.date ?? today
  const rows = (await openObservationsOfMember(db, actor.userId ?? '')).filter((o) => o.starts_on <= date)
  const items: (RoundItem & { path: string })[] = []
  for (const o of rows) {
    const person = await findPerson(db, o.person_id)
    const readings = (await readingsOf(db, o.id))
      .filter((r) => r.on_date === date)
      .map((r) => toReadingView(r, s))
    const last = (slot: Slot) => readings.filter((r) => r.slot === slot).pop() ?? null
    const alerts = await alertsOfObservation(db, o.id)
    const view = toObservationView(o, date)
    items.push({
      path: o.region_path,
      observationId: o.id,
      personId: o.person_id,
      personName: person?.name ?? '',
      address: person?.household_address ?? null,
      regionName: o.region_name,
      day: view.day,
      of: view.of,
      am: last('am'),
      pm: last('pm'),
      activeAlerts: alerts.filter((a) => a.status !== 'closed').length,
    })
  }
  const collator = new Intl.Collator('zh', { numeric: true })
  items.sort((a, b) =>
    a.path === b.path ? collator.compare(a.address ?? '', b.address ?? '') : a.path < b.path ? -1 : 1,
  )
  return {
    date,
    slot: date === today ? slotAt(now(), s).slot : null,
    items: items.map(({ path: _p, ...i }) => i),
  }
}

/** Everything the person's observation page shows: "day 5 of 14", the chart, the table. */
export async function observationDetail(
  db: Db,
  actor: Actor,
  id: string,
  s: ObservationSettings = DEFAULT_SETTINGS,
) {
  const row = await getObservationInScope(db, actor, id)
  const person = await findPerson(db, row.person_id)
  const today = localDate(now(), s.timeZone)
  return {
    observation: toObservationView(row, today),
    person: person ? toPersonView(person) : null,
    team: await teamViews(db, id),
    readings: (await readingsOf(db, id)).map((r) => toReadingView(r, s)),
    alerts: await toAlertViews(db, await alertsOfObservation(db, id)),
    extensions: (await extensionsOf(db, id)).map((e) => ({
      from: e.from_ends_on,
      to: e.to_ends_on,
      reason: e.reason,
      at: e.at,
    })),
    releaseProblem: row.status === 'open' ? await releaseProblem(db, row, now(), s) : null,
    feverThreshold: s.feverThreshold,
  }
}
