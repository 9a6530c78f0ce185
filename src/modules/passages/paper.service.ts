// 纸质登记补录: a checkpoint's paper register (kept when the phone or the network failed),
// typed in afterwards. Every row is checked as a gate passage is; one wrong row means
// nothing is written and every wrong row is named. Rows carry ids made by the page, so
// sending the same register again stores nothing twice.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors, errorMessage, type Lang } from '../../core/errors.js'
import { blindIndex, encryptField } from '../../crypto/pii.js'
import { maskDocument, maskName, normalizeMobile } from '../../shared/identity.js'
import { checkPlate } from '../../shared/plates.js'
import { addDays, iso, localDate, localInstant } from '../../shared/days.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import { getCheckpointInScope } from '../checkpoints/index.js'
import { findPersonByDocument, normalizeDocument } from '../people/index.js'
import { bumpHourlyCounters, insertNewPassages, type PassageTable } from './passages.queries.js'
import type { PassageSettings } from './settings.js'
import type { PaperRegisterInput, PaperRowInput } from './paper.schema.js'
import { ruleVerdict } from '../../shared/verdict.js'

export const PaperErrors = defineErrors({
  PAPER_BAD_TIME: {
    status: 400,
    zh: '时间应写作“时:分”，如 08:30',
    en: 'Write the time as HH:MM, e.g. 08:30',
  },
  PAPER_TIME_IN_FUTURE: { status: 400, zh: '登记时间晚于现在', en: 'This time is still to come' },
  PAPER_NO_DOCUMENT: { status: 400, zh: '请填写证件号码', en: 'Enter the document number' },
  PAPER_ROW_REPEATED: { status: 400, zh: '与第 {row} 行是同一条记录', en: 'The same record as row {row}' },
  PAPER_TOO_OLD: {
    status: 400,
    zh: '{date} 已超过 {days} 天的保存期限，不再录入',
    en: '{date} is past the {days}-day retention period: not entered',
  },
})

export interface FieldError {
  field: string
  code: string
  message: string
}

export interface PaperRowResult {
  index: number
  id: string
  status: 'stored' | 'duplicate' | 'invalid' | 'valid'
  errors: FieldError[]
}

interface Context {
  db: Db
  actor: Actor
  checkpoint: { id: string; region_id: string }
  date: string
  settings: PassageSettings
  timeZone: string
  lang: Lang
}

/** Minutes after midnight from "8:05", "08:05", "08：05", "8.05" or "0805"; null if not a time. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2})\s*[:：.]?\s*(\d{2})$/.exec(text.trim())
  if (!m) return null
  const [h, min] = [Number(m[1]), Number(m[2])]
  return h < 24 && min < 60 ? h * 60 + min : null
}

// Paper registers hold no document type: a number shaped like a resident ID is checked as one
// (so a mistyped digit is caught by its check digit), anything else as another document.
const looksLikeResidentId = (doc: string) => /^\d{14,17}[\dXx]$/.test(doc)

function normalizePhone(raw: string): string | null {
  const compact = raw.replace(/[\s-]/g, '')
  return normalizeMobile(compact) ?? (/^0\d{9,11}$/.test(compact) ? compact : null)
}

const FUTURE_TOLERANCE_MS = 5 * 60_000

/** Checks one row; returns the row to store, or what is wrong with it. */
async function checkRow(
  ctx: Context,
  r: PaperRowInput,
): Promise<{ row?: PassageTable; errors: FieldError[] }> {
  const errors: FieldError[] = []
  const fail = (field: string, code: string, details: Record<string, unknown> = {}) =>
    errors.push({ field, code, message: errorMessage(code, ctx.lang, details) })
  const minutes = parseClock(r.time)
  const occurred = minutes === null ? NaN : localInstant(ctx.date, minutes / 60, ctx.timeZone)
  if (minutes === null) fail('time', 'PAPER_BAD_TIME')
  else if (occurred > now() + FUTURE_TOLERANCE_MS) fail('time', 'PAPER_TIME_IN_FUTURE')
  const t = r.temperature ?? null
  const { minTemperature: min, maxTemperature: max } = ctx.settings
  if (t !== null && (t < min || t > max))
    fail('temperature', 'TEMPERATURE_OUT_OF_RANGE', { value: t, min, max })
  const plate = r.plate?.trim() ? checkPlate(r.plate) : null
  if (r.plate?.trim() && !plate) fail('plate', 'BAD_PLATE')
  const phone = r.phone?.trim() ? normalizePhone(r.phone) : null
  if (r.phone?.trim() && !phone) fail('phone', 'BAD_PHONE')
  let doc: string | null = null
  const rawDoc = r.document?.replace(/\s+/g, '') ?? ''
  if (!rawDoc) fail('document', 'PAPER_NO_DOCUMENT')
  else
    try {
      doc = normalizeDocument(looksLikeResidentId(rawDoc) ? 'id_card' : 'other', rawDoc).doc
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      fail('document', e.code, e.details)
    }
  if (errors.length || doc === null) return { errors }

  const person = await findPersonByDocument(ctx.db, ctx.actor, doc)
  const rule = ruleVerdict({ temperature: t, feverThreshold: ctx.settings.feverThreshold })
  const name = r.name?.trim() || null
  const row: PassageTable = {
    id: r.id.toLowerCase(),
    checkpoint_id: ctx.checkpoint.id,
    region_id: ctx.checkpoint.region_id,
    direction: r.direction,
    occurred_at: iso(occurred),
    device_at: iso(occurred),
    received_at: nowIso(now),
    clock_skew_ms: null,
    skewed: 0,
    offline: 1,
    pass_id: null,
    pass_colour: null,
    verified: 0,
    person_id: person?.id ?? null,
    doc_enc: encryptField(doc),
    doc_bidx: blindIndex('doc', doc),
    doc_masked: maskDocument(doc),
    temperature: t,
    fever: t !== null && t >= ctx.settings.feverThreshold ? 1 : 0,
    plate: plate?.plate ?? null,
    passengers: r.passengers ?? null,
    verdict: rule.verdict,
    reason: rule.reason,
    staff_user_id: ctx.actor.userId ?? 'system',
    source: 'paper',
    name_enc: name && encryptField(name),
    name_masked: name && maskName(name),
    phone_enc: phone && encryptField(phone),
    phone_bidx: phone && blindIndex('phone', phone),
  }
  return { row, errors }
}

/**
 * Enters a paper register of one checkpoint and one local day. Call it in a transaction:
 * the rows, their hourly counts and the audit entry are written together or not at all.
 */
export async function enterPaperRegister(
  db: Db,
  actor: Actor,
  checkpointId: string,
  input: PaperRegisterInput,
  opts: { settings: PassageSettings; timeZone: string; lang: Lang },
) {
  const checkpoint = await getCheckpointInScope(db, actor, checkpointId)
  const oldest = addDays(localDate(now(), opts.timeZone), -opts.settings.retentionDays)
  if (input.date < oldest)
    throw new AppError(PaperErrors.PAPER_TOO_OLD, { date: input.date, days: opts.settings.retentionDays })
  const ctx: Context = { db, actor, checkpoint, date: input.date, ...opts }
  const firstRowOf = new Map<string, number>()
  const checked: { row?: PassageTable; errors: FieldError[] }[] = []
  for (const [i, r] of input.rows.entries()) {
    const id = r.id.toLowerCase()
    const c = await checkRow(ctx, r)
    if (firstRowOf.has(id)) {
      const row = firstRowOf.get(id)! + 1
      c.errors.push({
        field: 'id',
        code: 'PAPER_ROW_REPEATED',
        message: errorMessage('PAPER_ROW_REPEATED', opts.lang, { row }),
      })
    } else firstRowOf.set(id, i)
    checked.push(c)
  }
  const result = (status: (c: (typeof checked)[number]) => PaperRowResult['status']) =>
    checked.map((c, index): PaperRowResult => ({
      index,
      id: input.rows[index].id,
      status: status(c),
      errors: c.errors,
    }))
  if (checked.some((c) => c.errors.length))
    return {
      saved: false,
      stored: 0,
      duplicates: 0,
      rows: result((c) => (c.errors.length ? 'invalid' : 'valid')),
    }

  const rows = checked.map((c) => c.row!)
  const inserted = await insertNewPassages(db, rows)
  const fresh = rows.filter((r) => inserted.has(r.id))
  await bumpHourlyCounters(db, fresh)
  if (fresh.length)
    await recordAudit(db, actor, {
      action: 'passage.paper',
      entity: 'checkpoint',
      entityId: checkpoint.id,
      detail: { date: input.date, count: fresh.length },
    })
  return {
    saved: true,
    stored: fresh.length,
    duplicates: rows.length - fresh.length,
    rows: result((c) => (inserted.has(c.row!.id) ? 'stored' : 'duplicate')),
  }
}
