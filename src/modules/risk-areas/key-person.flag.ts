// Sets the registry's key-person flag (重点人员标记).
// TODO(people owner): this belongs in people.service as markKeyPerson(db, personId); it is
// here only because the people module does not expose it yet. Move it and import it.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../clock.js'

export async function markKeyPerson(db: Db, personId: string): Promise<void> {
  await db
    .updateTable('person')
    .set({ key_person: 1, updated_at: nowIso(now) })
    .where('id', '=', personId)
    .execute()
}
