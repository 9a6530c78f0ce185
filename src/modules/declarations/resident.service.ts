// The resident's side (no account): scan a poster, declare, receive a pass and a device
// secret. Knowing someone's name, number and phone must not yield their reasons or a pass
// that passes a gate unchecked: without a code to the phone on file the pass is 待核验.
// Every answer has the same status and shape whether or not the number is on file.
import type { Db } from '../../db/db.js'
import { blindIndex, decryptField } from '../../crypto/pii.js'
import { AppError } from '../../core/errors.js'
import { normalizeMobile } from '../../shared/identity.js'
import { systemActor } from '../../core/actor.js'
import type { Config } from '../../config.js'
import { findTopRegion } from '../regions/index.js'
import {
  confirmPersonProof,
  documentIndex,
  findPersonByDocument,
  normalizeDocument,
  registerPerson,
  takeOverPerson,
  PeopleErrors,
} from '../people/index.js'
import { deviceForDeclaration, issuePass, revokeOtherDevices, type PassSettings } from '../passes/index.js'
import { resolvePlace } from '../posters/index.js'
import { spendCode } from '../sms/index.js'
import { recordDeclaration } from './declarations.service.js'
import type { ResidentCodeBody, ResidentDeclaration } from './declarations.schema.js'
import { fileClaim } from './claims.service.js'

const RESIDENT = { userId: null, username: 'resident' } as const
export type ResidentSettings = PassSettings & Pick<Config, 'feverThreshold'>

async function identify(db: Db, input: ResidentCodeBody) {
  const place = await resolvePlace(db, input.placeCode)
  const phone = normalizeMobile(input.phone)
  if (!phone) throw new AppError(PeopleErrors.BAD_PHONE, { field: 'phone' })
  const { doc } = normalizeDocument(input.docType, input.docNumber)
  const top = (await findTopRegion(db))!
  const system = systemActor(top.id, top.path)
  const person = await findPersonByDocument(db, system, doc)
  return { place, phone, doc, docBidx: documentIndex(doc), system, person }
}

/**
 * Where a code for this number goes: the phone on file of a confirmed person (none if no
 * phone is on file), else the phone typed (a new or self-registered person proves theirs).
 */
export async function codeDestination(db: Db, input: ResidentCodeBody) {
  const { phone, docBidx, person } = await identify(db, input)
  if (person && person.proof === 'confirmed')
    return { docBidx, phone: person.phone_enc ? decryptField(person.phone_enc) : null }
  return { docBidx, phone }
}

export type ResidentOutcome = { codeRejected: true } | Awaited<ReturnType<typeof declareChecked>>

/** The declaration; `codeRejected` (the caller commits the counted try, then refuses). */
export async function declareAsResident(
  db: Db,
  input: ResidentDeclaration,
  settings: ResidentSettings,
): Promise<ResidentOutcome> {
  const who = await identify(db, input)
  const proven = input.code ? await spendCode(db, who.docBidx, input.code) : undefined
  if (proven === null) return { codeRejected: true }
  return declareChecked(db, input, settings, who, proven || null)
}

async function declareChecked(
  db: Db,
  input: ResidentDeclaration,
  settings: ResidentSettings,
  who: Awaited<ReturnType<typeof identify>>,
  proven: string | null,
) {
  const typed = blindIndex('phone', who.phone)
  const name = input.name.trim()
  let person = who.person
  let confirmed = proven === typed
  if (!person) {
    await registerPerson(
      db,
      { ...who.system, username: 'resident' },
      {
        name,
        docType: input.docType,
        docNumber: who.doc,
        phone: who.phone,
        regionId: who.place.regionId,
        address: input.address ?? null,
        residenceType: input.residenceType ?? 'temporary',
      },
      confirmed ? 'confirmed' : 'self_registered',
    )
    person = (await findPersonByDocument(db, who.system, who.doc))!
  } else if (proven && proven === person.phone_bidx) {
    confirmed = true
    await confirmPersonProof(db, RESIDENT, person.id, 'sms')
  } else if (confirmed && person.proof === 'self_registered') {
    // the first to prove a phone for a self-registered number takes it over from a squatter
    await takeOverPerson(db, RESIDENT, person.id, { name, phone: who.phone }, 'sms')
    await revokeOtherDevices(db, person.id)
  } else {
    confirmed = false
    const matches = person.name === name && (!person.phone_bidx || person.phone_bidx === typed)
    if (!matches) return fileClaim(db, settings, { input, person, phone: who.phone, place: who.place })
  }
  const { declaration, keyPersons } = await recordDeclaration(
    db,
    RESIDENT,
    { id: person.id, regionId: who.place.regionId },
    { ...input, source: 'resident', placeCode: who.place.code },
  )
  const { secret, device } = await deviceForDeclaration(
    db,
    person.id,
    input.deviceSecret,
    confirmed ? 'sms' : null,
  )
  const pass = await issuePass(db, person.id, settings, 'declaration', device)
  return {
    declaration: { id: declaration.id, declaredAt: declaration.declaredAt },
    keyPerson: keyPersons.length > 0,
    pass,
    deviceSecret: secret,
  }
}

/** What the poster's page shows before the form: the place's name, and whether codes are sent. */
export async function placeForResident(db: Db, code: string, smsOn: boolean) {
  const place = await resolvePlace(db, code)
  return { code: place.code, name: place.name, regionName: place.regionName, sms: smsOn }
}
