// 人员登记: one person per document number; a second registration updates, never duplicates.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, CommonErrors, defineErrors } from '../../core/errors.js'
import { blindIndex, decryptField, encryptField } from '../../crypto/pii.js'
import {
  birthDateOfResidentId,
  checkResidentId,
  maskDocument,
  maskName,
  maskPhone,
  normalizeMobile,
  sexOfResidentId,
} from '../../shared/identity.js'
import { recordAudit } from '../../core/audit.js'
import { assertInScope, isInScope, type Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import {
  findHousehold,
  findHouseholdById,
  findPerson,
  findPersonByDocIndex,
  countPeople,
  searchPeople,
  searchPeopleAfter,
  type DocumentType,
  type PersonProof,
  type PersonRow,
  type ResidenceType,
  type Sex,
} from './people.queries.js'
import type { PeopleQuery, PeopleSearch, PersonInput } from './people.schema.js'
import { pageOffset } from '../../db/paging.js'

export const PeopleErrors = defineErrors({
  BAD_RESIDENT_ID: {
    status: 400,
    zh: '身份证号码不正确（{problem}）',
    en: 'Invalid resident ID number ({problem})',
  },
  BAD_DOCUMENT: { status: 400, zh: '证件号码格式不正确', en: 'Invalid document number' },
  BAD_PHONE: { status: 400, zh: '手机号码格式不正确', en: 'Not a valid mobile number' },
  PERSON_REGISTERED_ELSEWHERE: {
    status: 409,
    zh: '此人已在其他辖区登记，请联系该辖区',
    en: 'This person is registered in another area: contact it',
  },
})

const ID_PROBLEM_ZH = { format: '应为18位', birth_date: '出生日期无效', checksum: '校验位不符' } as const

/** Checks and normalises a document number; resident IDs also give sex and birth date. */
export function normalizeDocument(docType: DocumentType, raw: string) {
  const doc = raw.replace(/\s+/g, '').toUpperCase()
  if (docType === 'id_card') {
    const problem = checkResidentId(doc)
    if (problem)
      throw new AppError(PeopleErrors.BAD_RESIDENT_ID, {
        problem: ID_PROBLEM_ZH[problem],
        field: 'docNumber',
      })
    return { doc, sex: sexOfResidentId(doc) as Sex, birthDate: birthDateOfResidentId(doc) }
  }
  if (!/^[A-Z0-9]{5,20}$/.test(doc)) throw new AppError(PeopleErrors.BAD_DOCUMENT, { field: 'docNumber' })
  return { doc, sex: null, birthDate: null }
}

export const documentIndex = (docNumber: string) =>
  blindIndex('doc', docNumber.replace(/\s+/g, '').toUpperCase())

export interface PersonView {
  id: string
  name: string
  docType: DocumentType
  document: string
  phone: string | null
  sex: Sex | null
  birthDate: string | null
  regionId: string
  regionName: string
  householdId: string | null
  address: string | null
  residenceType: ResidenceType
  workplace: string | null
  keyPerson: boolean
  updatedAt: string
}

/**
 * 1990-**-**: the year only. A resident ID holds the birth date in the very digits its mask
 * hides, so a full date beside the mask left two digits and the check digit to guess.
 */
export const maskBirthDate = (date: string | null) => (date ? `${date.slice(0, 4)}-**-**` : null)

/** Masked for display: the stored masks, never a decryption. */
export function toPersonView(row: PersonRow): PersonView {
  return {
    id: row.id,
    name: row.name,
    docType: row.doc_type,
    document: row.doc_masked,
    phone: row.phone_masked,
    sex: row.sex,
    birthDate: maskBirthDate(row.birth_date),
    regionId: row.region_id,
    regionName: row.region_name,
    householdId: row.household_id,
    address: row.household_address,
    residenceType: row.residence_type,
    workplace: row.workplace,
    keyPerson: row.key_person === 1,
    updatedAt: row.updated_at,
  }
}

export async function ensureHousehold(db: Db, regionId: string, address: string): Promise<string> {
  const existing = await findHousehold(db, regionId, address)
  if (existing) return existing.id
  const id = randomUUID()
  const at = nowIso(now)
  await db
    .insertInto('household')
    .values({ id, region_id: regionId, address, created_at: at, updated_at: at })
    .execute()
  return id
}

/** Registers a person, or updates the one already registered with that document. */
export async function registerPerson(
  db: Db,
  actor: Actor,
  input: PersonInput,
  proof: PersonProof = 'confirmed',
) {
  const { doc, sex, birthDate } = normalizeDocument(input.docType, input.docNumber)
  const phone = input.phone ? normalizeMobile(input.phone) : null
  if (input.phone && !phone) throw new AppError(PeopleErrors.BAD_PHONE, { field: 'phone' })
  const region = await getRegionInScope(db, actor, input.regionId)
  const docBidx = blindIndex('doc', doc)
  const existing = await findPersonByDocIndex(db, docBidx)
  if (existing && !isInScope(actor, existing.region_path))
    throw new AppError(PeopleErrors.PERSON_REGISTERED_ELSEWHERE)
  const householdId = input.address ? await ensureHousehold(db, region.id, input.address.trim()) : null
  const at = nowIso(now)
  const fields = {
    region_id: region.id,
    household_id: householdId ?? existing?.household_id ?? null,
    name: input.name.trim(),
    doc_type: input.docType,
    phone_enc: phone ? encryptField(phone) : (existing?.phone_enc ?? null),
    phone_bidx: phone ? blindIndex('phone', phone) : (existing?.phone_bidx ?? null),
    phone_masked: phone ? maskPhone(phone) : (existing?.phone_masked ?? null),
    sex: input.sex ?? sex ?? existing?.sex ?? null,
    birth_date: input.birthDate ?? birthDate ?? existing?.birth_date ?? null,
    residence_type: input.residenceType,
    workplace: input.workplace ?? existing?.workplace ?? null,
    proof,
    updated_at: at,
  }
  if (existing) {
    await db.updateTable('person').set(fields).where('id', '=', existing.id).execute()
    await recordAudit(db, actor, { action: 'person.update', entity: 'person', entityId: existing.id })
    return { person: toPersonView((await findPerson(db, existing.id))!), created: false }
  }
  const id = randomUUID()
  await db
    .insertInto('person')
    .values({
      id,
      ...fields,
      doc_enc: encryptField(doc),
      doc_bidx: docBidx,
      doc_masked: maskDocument(doc),
      key_person: 0,
      created_at: at,
    })
    .execute()
  await recordAudit(db, actor, { action: 'person.create', entity: 'person', entityId: id })
  return { person: toPersonView((await findPerson(db, id))!), created: true }
}

/** 重点人员标记: the registry's key-person flag, set when the risk-areas module files the person. */
export async function markKeyPerson(db: Db, personId: string): Promise<void> {
  await db
    .updateTable('person')
    .set({ key_person: 1, updated_at: nowIso(now) })
    .where('id', '=', personId)
    .execute()
}

export async function getPersonInScope(db: Db, actor: Actor, id: string): Promise<PersonRow> {
  const row = await findPerson(db, id)
  assertInScope(actor, row?.region_path, 'person')
  return row!
}

/** Finds a person by document number (exact), within the actor's scope. */
export async function findPersonByDocument(db: Db, actor: Actor, docNumber: string) {
  const row = await findPersonByDocIndex(db, documentIndex(docNumber))
  return row && isInScope(actor, row.region_path) ? row : undefined
}

/** The search a query asks for, limited to the actor's scope (or a region inside it). */
export async function peopleFilter(db: Db, actor: Actor, q: Omit<PeopleSearch, 'page' | 'pageSize'>) {
  const within = q.regionId ? (await getRegionInScope(db, actor, q.regionId)).path : actor.scopePath
  const phone = q.phone ? (normalizeMobile(q.phone) ?? q.phone) : undefined
  return {
    withinPath: within,
    docBidx: q.document ? documentIndex(q.document) : undefined,
    phoneBidx: phone ? blindIndex('phone', phone) : undefined,
    namePrefix: q.name?.trim() || undefined,
    residenceType: q.residenceType,
    keyPerson: q.keyPerson,
    // an outside household answers 404 like any outside record, not an empty list
    householdId: q.householdId ? (await getHouseholdInScope(db, actor, q.householdId)).id : undefined,
  }
}

// A cursor is the last row's (name, id): names are personal data, so it is sealed like a field.
const cursorOf = (row: { name: string; id: string }) =>
  Buffer.from(encryptField(JSON.stringify([row.name, row.id]))).toString('base64url')

function afterCursor(cursor: string): { name: string; id: string } {
  try {
    const [name, id] = JSON.parse(decryptField(Buffer.from(cursor, 'base64url').toString())) as string[]
    if (typeof name === 'string' && typeof id === 'string') return { name, id }
  } catch {
    // falls through to the refusal
  }
  throw new AppError(CommonErrors.VALIDATION_FAILED, { detail: 'after' })
}

export async function listPeople(db: Db, actor: Actor, q: PeopleQuery) {
  const filter = await peopleFilter(db, actor, q)
  const { rows, total, totalAtLeast } = q.after
    ? {
        rows: await searchPeopleAfter(db, filter, afterCursor(q.after), q.pageSize),
        ...(await countPeople(db, filter)),
      }
    : await searchPeople(db, { ...filter, offset: pageOffset(q.page, q.pageSize), limit: q.pageSize })
  const next = rows.length === q.pageSize ? cursorOf(rows[rows.length - 1]) : undefined
  return { items: rows.map(toPersonView), total, totalAtLeast, page: q.page, pageSize: q.pageSize, next }
}

/**
 * 按证件号/手机号查询: each search is audited (who, when, which fields, how many hits — never
 * the term itself, which is personal data) in the caller's transaction.
 */
export async function searchPeopleAudited(db: Db, actor: Actor, q: PeopleSearch) {
  const page = await listPeople(db, actor, { ...q, page: q.page ?? 1, pageSize: q.pageSize ?? 20 })
  const by = (['document', 'phone', 'name'] as const).filter((k) => q[k] !== undefined)
  await recordAudit(db, actor, {
    action: 'person.search',
    entity: 'region',
    entityId: q.regionId ?? actor.scopeRegionId,
    detail: { by, hits: page.total },
  })
  return page
}

/** Shows the document number and phone in full: always audited with the reason. */
export async function revealPerson(db: Db, actor: Actor, id: string, reason: string) {
  const row = await getPersonInScope(db, actor, id)
  await recordAudit(db, actor, {
    action: 'person.unmask',
    entity: 'person',
    entityId: id,
    detail: { reason },
  })
  return { document: decryptField(row.doc_enc), phone: row.phone_enc ? decryptField(row.phone_enc) : null }
}

export async function getHouseholdInScope(db: Db, actor: Actor, id: string) {
  const row = await findHouseholdById(db, id)
  assertInScope(actor, row?.region_path, 'household')
  return row!
}

/** The public name of a person: 张*三. */
export const publicName = (name: string) => maskName(name)
