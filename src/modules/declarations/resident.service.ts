// The resident's side (no account): scan a poster, declare, receive a pass and a device
// secret that fetches it again. Someone who knows another person's document number must
// not be able to declare for them and walk away with their pass: a person already on file
// must give the same name and, when one is on file, the same phone.
import type { Db } from '../../db/db.js'
import { blindIndex } from '../../crypto/pii.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { normalizeMobile } from '../../shared/identity.js'
import { systemActor } from '../../core/actor.js'
import { findTopRegion } from '../regions/index.js'
import { findPersonByDocument, normalizeDocument, registerPerson, PeopleErrors } from '../people/index.js'
import { issuePass, personOfDevice, registerDevice, type PassSettings } from '../passes/index.js'
import { resolvePlace } from '../posters/index.js'
import { recordDeclaration } from './declarations.service.js'
import type { ResidentDeclaration } from './declarations.schema.js'

export const ResidentErrors = defineErrors({
  DECLARANT_MISMATCH: {
    status: 409,
    zh: '姓名或手机号与登记信息不符，请核对，或联系社区工作人员',
    en: 'Name or phone differs from the registry: check them or contact the community office',
  },
})

const RESIDENT = { userId: null, username: 'resident' } as const

export async function declareAsResident(db: Db, input: ResidentDeclaration, settings: PassSettings) {
  const place = await resolvePlace(db, input.placeCode)
  const phone = normalizeMobile(input.phone)
  if (!phone) throw new AppError(PeopleErrors.BAD_PHONE, { field: 'phone' })
  const { doc } = normalizeDocument(input.docType, input.docNumber)
  const top = (await findTopRegion(db))!
  const system = systemActor(top.id, top.path)
  let person = await findPersonByDocument(db, system, doc)
  if (person) {
    const samePhone = !person.phone_bidx || person.phone_bidx === blindIndex('phone', phone)
    if (person.name !== input.name.trim() || !samePhone) throw new AppError(ResidentErrors.DECLARANT_MISMATCH)
  } else {
    await registerPerson(
      db,
      { ...system, username: 'resident' },
      {
        name: input.name,
        docType: input.docType,
        docNumber: doc,
        phone,
        regionId: place.regionId,
        address: input.address ?? null,
        residenceType: input.residenceType ?? 'temporary',
      },
    )
    person = (await findPersonByDocument(db, system, doc))!
  }
  const { declaration, keyPersons } = await recordDeclaration(
    db,
    RESIDENT,
    { id: person.id, regionId: place.regionId },
    {
      ...input,
      source: 'resident',
      placeCode: place.code,
    },
  )
  const owned = input.deviceSecret && (await personOfDevice(db, input.deviceSecret)) === person.id
  const deviceSecret = owned ? input.deviceSecret! : await registerDevice(db, person.id)
  const pass = await issuePass(db, person.id, settings, 'declaration')
  return {
    declaration: { id: declaration.id, declaredAt: declaration.declaredAt },
    keyPerson: keyPersons.length > 0,
    pass,
    deviceSecret,
  }
}

/** What the poster's page shows before the form: the place's name. */
export async function placeForResident(db: Db, code: string) {
  const place = await resolvePlace(db, code)
  return { code: place.code, name: place.name, regionName: place.regionName }
}
