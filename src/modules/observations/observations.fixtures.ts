// Test and sample helpers: observations and alerts made without an actor's scope check.
import type { Samples } from '../../../test/samples.js'
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/index.js'
import { systemActor } from '../../core/actor.js'
import { makePerson } from '../people/people.fixtures.js'
import { today } from '../../core/clock.js'
import { addDays } from '../../shared/days.js'
import { openObservation } from './observations.service.js'
import { recordReading } from './readings.service.js'

export async function makeObservation(
  db: Db,
  regionId: string,
  input: { startsOn?: string; days?: number } = {},
) {
  const region = (await findRegion(db, regionId))!
  const person = await makePerson(db, regionId)
  return openObservation(db, systemActor(region.id, region.path), {
    personId: person.id,
    reason: '自湖北返回',
    ...input,
  })
}

export async function makeAlert(db: Db, regionId: string) {
  const observation = await makeObservation(db, regionId)
  const id = randomUUID()
  await db
    .insertInto('observation_alert')
    .values({
      id,
      observation_id: observation.id,
      region_id: observation.regionId,
      kind: 'fever',
      on_date: observation.startsOn,
      slot: 'am',
      reading_id: null,
      temperature: 38.1,
      status: 'open',
      raised_at: observation.openedAt,
      acknowledged_by: null,
      acknowledged_at: null,
      closed_by: null,
      closed_at: null,
      note: null,
    })
    .execute()
  return id
}

/** An observation whose 14 days end today, with a normal reading just taken: due for release. */
export async function makeDueObservation(db: Db, regionId: string) {
  const obs = await makeObservation(db, regionId, { startsOn: addDays(today(), -14), days: 14 })
  const region = (await findRegion(db, regionId))!
  await recordReading(db, systemActor(region.id, region.path), obs.id, { temperature: 36.5 })
  return obs.id
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  observation: async (db, regionId) => (await makeObservation(db, regionId)).id,
  observation_alert: makeAlert,
  observation_due: makeDueObservation,
}
