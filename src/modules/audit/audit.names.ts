// 操作日志 in words: each entry's record named ("王某某", "马限社区", "琅岐卡点") so the page
// reads "who did what to what". Names come from each module's face in one batch per kind; a
// person's name is masked unless the viewer may read people. A kind without a name lookup is
// told by its kind alone: the page never shows a bare id.
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { can } from '../../core/permissions.js'
import { maskName } from '../../shared/identity.js'
import { userNames } from '../auth/index.js'
import { campaignNames } from '../campaigns/index.js'
import { checkpointNames } from '../checkpoints/index.js'
import { observedPeople } from '../observations/index.js'
import { personLabels } from '../people/index.js'

interface Entry {
  entity: string | null
  entity_id: string | null
}

const idsOf = (entries: Entry[], ...kinds: string[]) => [
  ...new Set(entries.filter((e) => e.entity_id && kinds.includes(e.entity ?? '')).map((e) => e.entity_id!)),
]

async function regionNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map()
  // the region tree may be read by every module (docs/DEVELOPING.md)
  const rows = await db.selectFrom('region').select(['id', 'name']).where('id', 'in', ids).execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** entity id → the record's name as this viewer may see it; ids without a name are left out. */
export async function nameTargets(db: Db, actor: Actor, entries: Entry[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  const put = (m: Map<string, string>) => m.forEach((v, k) => out.set(k, v))
  const mayReadPeople = can(actor.role, 'person:read')
  const personName = (name: string) => (mayReadPeople ? name : maskName(name))

  put(await regionNames(db, idsOf(entries, 'region')))
  put(await userNames(db, idsOf(entries, 'staff_user')))
  put(await checkpointNames(db, idsOf(entries, 'checkpoint')))
  put(await campaignNames(db, idsOf(entries, 'campaign')))
  const observed = await observedPeople(db, idsOf(entries, 'observation', 'observation_alert'))
  const people = await personLabels(db, [...idsOf(entries, 'person'), ...observed.values()])
  for (const id of idsOf(entries, 'person')) {
    const p = people.get(id)
    if (p) out.set(id, personName(p.name))
  }
  for (const [id, personId] of observed) {
    const p = people.get(personId)
    if (p) out.set(id, personName(p.name))
  }
  return out
}
