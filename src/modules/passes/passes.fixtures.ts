// Samples for the route-walking permission test: a pending colour change, an issued pass.
import type { Samples } from '../../../test/samples.js'
import type { Db } from '../../db/db.js'
import { findRegion } from '../regions/index.js'
import { systemActor } from '../../core/actor.js'
import { makePerson } from '../people/people.fixtures.js'
import { requestColourChange } from './manual.service.js'
import { issuePass } from './pass.service.js'
import { deviceForDeclaration } from './device.service.js'

/** the issuer passes carry in tests */
export const TEST_PASS_SETTINGS = { deploymentId: 'lianfang' }

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
  return (await issuePass(db, person.id, TEST_PASS_SETTINGS)).pid
}

/** A person with a freshly issued pass: its QR text as a gate scans it. */
export async function makeScannedPass(db: Db, regionId: string) {
  const person = await makePerson(db, regionId)
  const pass = await issuePass(db, person.id, TEST_PASS_SETTINGS)
  return { personId: person.id, pid: pass.pid, qr: pass.qr, colour: pass.colour }
}

/** one record of each kind inside a region, for the route-walking permission test */
export const samples: Samples = {
  colour_change: makeColourChange,
  pass: makePass,
  /** a live pass as a phone shows it: the QR text, for the routes that take a scanned code */
  pass_qr: async (db, regionId) => (await makeScannedPass(db, regionId)).qr,
  /** a person and one of their phones: the path names both (:id, :deviceId) */
  person_with_device: async (db, regionId) => {
    const person = await makePerson(db, regionId)
    const { device } = await deviceForDeclaration(db, person.id, undefined, null)
    return { id: person.id, params: { deviceId: device.id } }
  },
}
