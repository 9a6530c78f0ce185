// Samples for the route-walking permission test: a pending colour change, an issued pass.
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/regions.queries.js'
import { systemActor } from '../auth/actor.js'
import { makePerson } from '../people/people.fixtures.js'
import { requestColourChange } from './manual.service.js'
import { issuePass } from './pass.service.js'

export async function makeColourChange(db: Db, regionId: string): Promise<string> {
  const region = (await findRegion(db, regionId))!
  const person = await makePerson(db, regionId)
  const change = await requestColourChange(db, systemActor(region.id, region.path), person.id, {
    colour: 'red',
    reason: '样例',
  })
  return change.id
}

export async function makePass(db: Db, regionId: string): Promise<string> {
  const person = await makePerson(db, regionId)
  return (await issuePass(db, person.id)).pid
}
