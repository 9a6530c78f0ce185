// 新员工码色预警: a hire turning yellow or red alerts the liaison and the community alike.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { maskName } from '../../shared/identity.js'
import type { Actor } from '../../core/actor.js'
import { findPerson } from '../people/index.js'
import { worse } from '../passes/index.js'
import { hireColour } from './colour.link.js'
import {
  alertsOf,
  linkedHiresOfPerson,
  type Colour,
  type EnterpriseHireTable,
} from './enterprises.queries.js'
import { listEnterprises } from './enterprises.service.js'

/**
 * Stores the colour seen; turning worse (green → yellow, → red) becomes an alert. The first
 * colour of a new hire does not: before declaring, every hire is yellow (未申报).
 */
export async function raiseAlertIfWorse(db: Db, hire: EnterpriseHireTable, colour: Colour) {
  if (hire.last_colour === colour) return
  await db.updateTable('enterprise_hire').set({ last_colour: colour }).where('id', '=', hire.id).execute()
  if (!hire.last_colour || worse(hire.last_colour, colour) === hire.last_colour) return
  await db
    .insertInto('enterprise_alert')
    .values({
      id: randomUUID(),
      enterprise_id: hire.enterprise_id,
      hire_id: hire.id,
      region_id: hire.region_id,
      colour,
      at: nowIso(now),
    })
    .execute()
}

/** On 'person.changed': only people who are someone's hires cost a colour lookup. */
export async function checkHiresOf(db: Db, personId: string) {
  const hires = await linkedHiresOfPerson(db, personId)
  if (!hires.length) return
  const { colour } = await hireColour(db, personId)
  for (const hire of hires) await raiseAlertIfWorse(db, hire, colour)
}

/** Alerts of the enterprises the actor reaches: the hire's masked name and colour, no reasons. */
export async function listAlerts(db: Db, actor: Actor) {
  const enterprises = await listEnterprises(db, actor)
  const names = new Map(enterprises.map((e) => [e.id, e.name]))
  const alerts = await alertsOf(
    db,
    enterprises.map((e) => e.id),
  )
  const out = []
  for (const a of alerts) {
    const hire = (await db
      .selectFrom('enterprise_hire')
      .select('person_id')
      .where('id', '=', a.hire_id)
      .executeTakeFirst())!
    const person = await findPerson(db, hire.person_id)
    out.push({
      id: a.id,
      enterpriseId: a.enterprise_id,
      enterpriseName: names.get(a.enterprise_id)!,
      hireId: a.hire_id,
      name: maskName(person?.name ?? ''),
      colour: a.colour,
      at: a.at,
    })
  }
  return out
}
