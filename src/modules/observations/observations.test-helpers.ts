// Shared set-up of the observation tests: staff with known accounts, a clock in local time.
// (No import from test/: this file sits in src and is compiled with it.)
import { setClock } from '../../core/clock.js'
import type { Db } from '../../db/db.js'
import { createUserDirect } from '../auth/auth.fixtures.js'
import type { Role } from '../../core/permissions.js'

/** An instant given as Shanghai wall-clock time: '2020-02-01 08:00'. */
export const local = (text: string) => Date.parse(text.replace(' ', 'T') + ':00+08:00')

export const setLocalClock = (text: string) => setClock(local(text))

interface TestServer<C> {
  db: Db
  signIn(username: string, password: string): Promise<C>
}

export interface Staff<C> {
  id: string
  /** signs in afresh: moving the clock by hours ends idle sessions */
  client(): Promise<C>
}

export async function staff<C>(t: TestServer<C>, role: Role, scopeRegionId: string): Promise<Staff<C>> {
  const u = await createUserDirect(t.db, { role, scopeRegionId })
  return { id: u.id, client: () => t.signIn(u.username, u.password) }
}

export async function team<C>(t: TestServer<C>, streetId: string, communityId: string) {
  const officer = await staff(t, 'street_officer', streetId)
  const medic = await staff(t, 'medic', communityId)
  const worker = await staff(t, 'community_worker', communityId)
  return { officer, medic, worker, ids: { officerId: officer.id, medicId: medic.id, workerId: worker.id } }
}
