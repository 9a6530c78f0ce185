// 新员工: the liaison enters or uploads new hires; each joins the registry (or is linked to
// the person already on file), declares through the enterprise's link or by the liaison,
// and carries a colour. The liaison sees names masked and colours only; community staff
// also see the reasons (health details).
// Scope: a person on file outside the enterprise's region subtree (and outside the acting
// staff member's scope) is linked only when their own community accepts (links.service.ts);
// until then the hire shows only what the liaison typed and takes no declaration.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, CommonErrors } from '../../core/errors.js'
import { maskName } from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import { isInScope, type Actor } from '../../core/actor.js'
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
  type HireLink,
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
  HIRE_LINK_PENDING: {
    status: 409,
    zh: '该员工登记在其他社区，须待该社区确认后才能代为申报',
    en: 'This person is registered in another community; declaring waits until that community accepts the link',
  },
  HIRE_LINK_REFUSED: {
    status: 409,
    zh: '该员工所在社区未同意关联，不能代为申报',
    en: 'The person’s community refused the link; no declaration can be entered for them',
  },
  HIRE_LINK_DECIDED: {
    status: 409,
    zh: '该关联已处理过',
    en: 'This link has already been decided',
  },
})

/**
 * The person on file for the document, or a new registry entry, and how the hire links to
 * them: within the enterprise's region subtree (or the acting staff member's scope) at once,
 * elsewhere pending until the person's community accepts.
 */
async function personForHire(
  db: Db,
  actor: Actor,
  e: EnterpriseRow,
  input: HireInput,
): Promise<{ personId: string; link: HireLink }> {
  const existing = await findPersonByDocIndex(db, documentIndex(input.docNumber))
  if (existing) {
    const reachable =
      existing.region_path.startsWith(e.region_path) ||
      (!isLiaison(actor) && isInScope(actor, existing.region_path))
    // Outside: no name check either, which would tell the liaison who is on file; the
    // community compares the typed name when it decides.
    if (!reachable) return { personId: existing.id, link: 'pending' }
    // Otherwise a document number alone would reveal that someone is on file, and their colour.
    if (existing.name !== input.name.trim())
      throw new AppError(HireErrors.HIRE_NAME_MISMATCH, { field: 'name' })
    return { personId: existing.id, link: 'linked' }
  }
  // New hires join the registry where the enterprise is; the liaison acts within it.
  const within = { ...actor, scopeRegionId: e.region_id, scopePath: e.region_path }
  const { person } = await registerPerson(db, within, {
    ...input,
    regionId: e.region_id,
    residenceType: 'floating',
    workplace: e.name,
  })
  return { personId: person.id, link: 'linked' }
}

async function insertHire(db: Db, actor: Actor, e: EnterpriseRow, input: HireInput) {
  const { personId, link } = await personForHire(db, actor, e, input)
  if (await findHireOf(db, e.id, personId)) throw new AppError(HireErrors.HIRE_ALREADY_LISTED)
  const hire: EnterpriseHireTable = {
    id: randomUUID(),
    enterprise_id: e.id,
    region_id: e.region_id,
    person_id: personId,
    last_colour: null,
    created_by: actor.userId,
    created_at: nowIso(now),
    link,
    entered_name: input.name.trim(),
    decided_by: null,
    decided_at: null,
  }
  await db.insertInto('enterprise_hire').values(hire).execute()
  if (link === 'linked') await raiseAlertIfWorse(db, hire, (await hireColour(db, personId)).colour)
  await recordAudit(db, actor, {
    action: 'enterprise.hire',
    entity: 'enterprise',
    entityId: e.id,
    detail: { hire: hire.id, link },
  })
  return hire
}

async function hireView(db: Db, actor: Actor, hire: EnterpriseHireTable, link: string) {
  if (hire.link !== 'linked') {
    // Nothing of the registry: the name as typed, no colour, no person.
    const typed = hire.entered_name ?? ''
    return {
      id: hire.id,
      name: isLiaison(actor) ? maskName(typed) : typed,
      colour: 'unknown',
      link: hire.link,
      declarationLink: link,
      hiredAt: hire.created_at,
    }
  }
  const person = (await findPerson(db, hire.person_id))!
  const { colour, reasons } = await hireColour(db, hire.person_id)
  const base = {
    id: hire.id,
    name: maskName(person.name),
    colour,
    link: hire.link,
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
  // Until the person's community accepts, the enterprise's word does not reach their colour.
  if (hire.link === 'pending') throw new AppError(HireErrors.HIRE_LINK_PENDING)
  if (hire.link === 'refused') throw new AppError(HireErrors.HIRE_LINK_REFUSED)
  const person = (await findPerson(db, hire.person_id))!
  await recordDeclaration(
    db,
    actor,
    { id: person.id, regionId: person.region_id },
    { ...input, source: 'staff' },
  )
  return { id: hire.id, colour: (await hireColour(db, person.id)).colour }
}
