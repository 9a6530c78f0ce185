// 新员工: the liaison enters or uploads new hires; each joins the registry (or is linked to
// the person already on file), declares through the enterprise's link or by the liaison,
// and carries a colour. The liaison sees names masked and colours only; community staff
// also see the reasons (health details).
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { maskName } from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { recordDeclaration } from '../declarations/index.js'
import { findPerson, findPersonByDocIndex } from '../people/index.js'
import { documentIndex, registerPerson } from '../people/index.js'
import { ensureRegionPlace } from '../posters/index.js'
import { raiseAlertIfWorse } from './alerts.service.js'
import { hireColour } from './colour.link.js'
import { readHireList } from './hires.reader.js'
import {
  findHire,
  findHireOf,
  hiresOf,
  type EnterpriseHireTable,
  type EnterpriseRow,
} from './enterprises.queries.js'
import { getEnterpriseFor, isLiaison } from './enterprises.service.js'
import type { HireDeclarationInput, HireInput } from './enterprises.schema.js'

export const HireErrors = defineErrors({
  HIRE_NAME_MISMATCH: {
    status: 409,
    zh: '姓名与该证件号码的登记信息不符，请核对',
    en: 'The name differs from the registry entry for this document number',
  },
  HIRE_ALREADY_LISTED: {
    status: 409,
    zh: '该员工已在本企业名单中',
    en: 'This person is already on the list',
  },
})

/** The person on file for the document (same name required), or a new registry entry. */
async function personForHire(db: Db, actor: Actor, e: EnterpriseRow, input: HireInput) {
  const existing = await findPersonByDocIndex(db, documentIndex(input.docNumber))
  if (existing) {
    // Otherwise a document number alone would reveal that someone is on file, and their colour.
    if (existing.name !== input.name.trim())
      throw new AppError(HireErrors.HIRE_NAME_MISMATCH, { field: 'name' })
    return existing.id
  }
  // New hires join the registry where the enterprise is; the liaison acts within it.
  const within = { ...actor, scopeRegionId: e.region_id, scopePath: e.region_path }
  const { person } = await registerPerson(db, within, {
    ...input,
    regionId: e.region_id,
    residenceType: 'floating',
    workplace: e.name,
  })
  return person.id
}

async function insertHire(db: Db, actor: Actor, e: EnterpriseRow, input: HireInput) {
  const personId = await personForHire(db, actor, e, input)
  if (await findHireOf(db, e.id, personId)) throw new AppError(HireErrors.HIRE_ALREADY_LISTED)
  const hire: EnterpriseHireTable = {
    id: randomUUID(),
    enterprise_id: e.id,
    region_id: e.region_id,
    person_id: personId,
    last_colour: null,
    created_by: actor.userId,
    created_at: nowIso(now),
  }
  await db.insertInto('enterprise_hire').values(hire).execute()
  await raiseAlertIfWorse(db, hire, (await hireColour(db, personId)).colour)
  await recordAudit(db, actor, {
    action: 'enterprise.hire',
    entity: 'enterprise',
    entityId: e.id,
    detail: { hire: hire.id },
  })
  return hire
}

async function hireView(db: Db, actor: Actor, hire: EnterpriseHireTable, link: string) {
  const person = (await findPerson(db, hire.person_id))!
  const { colour, reasons } = await hireColour(db, hire.person_id)
  const base = {
    id: hire.id,
    name: maskName(person.name),
    colour,
    declarationLink: link,
    hiredAt: hire.created_at,
  }
  if (isLiaison(actor)) return base
  return {
    ...base,
    name: person.name,
    personId: person.id,
    document: person.doc_masked,
    phone: person.phone_masked,
    reasons,
  }
}

/** The resident's own declaration link: the poster page of the enterprise's region. */
const declarationLink = async (db: Db, e: EnterpriseRow) =>
  `/r/${await ensureRegionPlace(db, { id: e.region_id, name: e.region_name })}`

export async function addHire(db: Db, actor: Actor, enterpriseId: string, input: HireInput) {
  const e = await getEnterpriseFor(db, actor, enterpriseId)
  const hire = await insertHire(db, actor, e, input)
  return hireView(db, actor, hire, await declarationLink(db, e))
}

export async function listHires(db: Db, actor: Actor, enterpriseId: string) {
  const e = await getEnterpriseFor(db, actor, enterpriseId)
  const link = await declarationLink(db, e)
  const out = []
  for (const hire of await hiresOf(db, e.id)) out.push(await hireView(db, actor, hire, link))
  return out
}

/** Uploads a list (姓名, 证件号码, 手机号码): each row added, or the reason it was not. */
export async function importHires(db: Db, actor: Actor, enterpriseId: string, file: Buffer) {
  const e = await getEnterpriseFor(db, actor, enterpriseId)
  const rows = await readHireList(file)
  let added = 0
  const failed: { row: number; code: string }[] = []
  for (const { rowNo, input } of rows) {
    try {
      await insertHire(db, actor, e, input)
      added++
    } catch (err) {
      // Checks that fail before any write only: a failed statement would end the transaction.
      if (!(err instanceof AppError)) throw err
      failed.push({ row: rowNo, code: err.code })
    }
  }
  return { added, failed }
}

/** The liaison (or staff) enters the hire's declaration; the answer is the colour only. */
export async function declareForHire(db: Db, actor: Actor, hireId: string, input: HireDeclarationInput) {
  const hire = await findHire(db, hireId)
  if (!hire) throw new AppError(CommonErrors.NOT_FOUND, { what: 'hire' })
  await getEnterpriseFor(db, actor, hire.enterprise_id)
  const person = (await findPerson(db, hire.person_id))!
  await recordDeclaration(
    db,
    actor,
    { id: person.id, regionId: person.region_id },
    { ...input, source: 'staff' },
  )
  return { id: hire.id, colour: (await hireColour(db, person.id)).colour }
}
