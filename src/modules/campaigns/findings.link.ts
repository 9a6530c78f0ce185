// The one door from a screening finding (travel, symptoms learnt at a door or on the phone)
// to the declarations module (健康申报): the finding becomes a staff declaration, which files
// the key person (重点人员) when the travel matches a risk area and updates the colour.
import type { Db } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import { recordDeclaration } from '../declarations/index.js'
import type { Symptom } from '../declarations/index.js'

export interface ScreeningFact {
  personId: string
  regionId: string
  fromPlace: string | null
  arrivalDate: string | null
  symptoms: Symptom[]
}

export async function submitScreeningDeclaration(
  db: Db,
  actor: Actor,
  fact: ScreeningFact,
): Promise<{ declarationId: string | null; keyPersons: number }> {
  // A journey needs both ends to be a declaration's travel; a place alone stays a note.
  const travel =
    fact.fromPlace && fact.arrivalDate ? { fromPlace: fact.fromPlace, arrivalDate: fact.arrivalDate } : null
  if (!travel && !fact.symptoms.length) return { declarationId: null, keyPersons: 0 }
  const { declaration, keyPersons } = await recordDeclaration(
    db,
    actor,
    { id: fact.personId, regionId: fact.regionId },
    { travel, symptoms: fact.symptoms, temperature: null, contactWithCases: false, source: 'staff' },
  )
  return { declarationId: declaration.id, keyPersons: keyPersons.length }
}
