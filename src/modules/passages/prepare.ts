// From what the gate sent to the row to store: every check that can refuse a passage runs
// here, before it joins a group commit, so that a bad passage never fails its neighbours.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { blindIndex, encryptField } from '../../crypto/pii.js'
import { maskDocument } from '../../shared/identity.js'
import { checkPlate } from '../../shared/plates.js'
import type { Actor } from '../../core/actor.js'
import { getCheckpointInScope, CheckpointErrors } from '../checkpoints/index.js'
import { checkScannedPass, passOwners } from '../passes/index.js'
import { findPersonByDocument, normalizeDocument } from '../people/index.js'
import type { PassageTable } from './passages.queries.js'
import type { PassageInput } from './passages.schema.js'
import type { PassageSettings } from './settings.js'
import { ruleVerdict, stricter } from '../../shared/verdict.js'

export const PassageErrors = defineErrors({
  TEMPERATURE_OUT_OF_RANGE: {
    status: 400,
    zh: '体温 {value}℃ 超出可录入范围（{min}–{max}℃），请重新测量',
    en: 'Temperature {value} °C is outside {min}–{max} °C: measure again',
  },
  BAD_PLATE: { status: 400, zh: '车牌号格式不正确', en: 'Not a valid vehicle plate number' },
  PASSAGE_NO_PERSON: {
    status: 400,
    zh: '请扫描通行码或填写证件号码',
    en: 'Scan a pass or enter a document number',
  },
})

/** Sets the person on the rows made with a pass whose owner is known: one question per group commit. */
export async function resolvePassOwners(db: Db, rows: PassageTable[]): Promise<void> {
  const unknown = rows.filter((r) => r.pass_id && !r.person_id)
  if (unknown.length === 0) return
  const owners = await passOwners(db, [...new Set(unknown.map((r) => r.pass_id!))])
  for (const r of unknown) r.person_id = owners.get(r.pass_id!) ?? null
}

// A checkpoint is looked up on every passage; a few seconds' staleness is harmless.
const CHECKPOINT_TTL_MS = 10_000
const checkpointCache = new WeakMap<
  Db,
  Map<string, { at: number; row: Awaited<ReturnType<typeof getCheckpointInScope>> }>
>()

async function checkpointFor(db: Db, actor: Actor, id: string) {
  let cache = checkpointCache.get(db)
  if (!cache) checkpointCache.set(db, (cache = new Map()))
  const hit = cache.get(id)
  const t = Date.now()
  if (hit && t - hit.at < CHECKPOINT_TTL_MS) {
    if (!hit.row.region_path.startsWith(actor.scopePath))
      throw new AppError(CheckpointErrors.UNKNOWN_CHECKPOINT, { checkpointId: id })
    return hit.row
  }
  const row = await getCheckpointInScope(db, actor, id)
  if (cache.size > 10_000) cache.clear()
  cache.set(id, { at: t, row })
  return row
}

/** Device and server clocks, both kept; the time the passage happened, corrected if skewed. */
function times(input: PassageInput, receivedMs: number, settings: PassageSettings) {
  const device = Date.parse(input.deviceAt)
  const reference = input.sentAt ? Date.parse(input.sentAt) : input.offline ? undefined : device
  const skewMs = reference === undefined ? null : receivedMs - reference
  // Without sentAt an offline passage is late on purpose; only a time in the future is wrong.
  const skewed =
    skewMs !== null ? Math.abs(skewMs) > settings.clockSkewMs : device - receivedMs > settings.clockSkewMs
  const occurred = !skewed ? device : input.sentAt ? device + skewMs! : receivedMs
  return {
    occurred_at: new Date(Math.min(occurred, receivedMs)).toISOString(),
    device_at: new Date(device).toISOString(),
    received_at: nowIso(() => receivedMs),
    clock_skew_ms: skewMs,
    skewed: skewed ? 1 : 0,
  }
}

/**
 * Pass id and colour from the scanned QR, verified as at the time of the passage. Without a
 * QR, or with one that does not verify, the gate's claimed pass and colour are dropped (null):
 * a forged or stale claim must not file a passage under someone or show a colour no pass had.
 */
async function scannedPass(db: Db, input: PassageInput, occurredAt: string, settings: PassageSettings) {
  const none = { pass_id: null, pass_colour: null, verified: 0 }
  if (!input.qr) return none
  const atSeconds = Math.floor(Date.parse(occurredAt) / 1000)
  const pass = await checkScannedPass(db, input.qr, { issuer: settings.issuer, atSeconds })
  return pass.verified ? { pass_id: pass.pid, pass_colour: pass.colour, verified: 1 } : none
}

export async function preparePassage(
  db: Db,
  actor: Actor,
  input: PassageInput,
  settings: PassageSettings,
): Promise<PassageTable> {
  const checkpoint = await checkpointFor(db, actor, input.checkpointId)
  const t = input.temperature ?? null
  if (t !== null && (t < settings.minTemperature || t > settings.maxTemperature))
    throw new AppError(PassageErrors.TEMPERATURE_OUT_OF_RANGE, {
      value: t,
      min: settings.minTemperature,
      max: settings.maxTemperature,
    })
  const plate = input.plate ? checkPlate(input.plate) : null
  if (input.plate && !plate) throw new AppError(PassageErrors.BAD_PLATE, { field: 'plate' })
  if (!input.pass && !input.qr && !input.document) throw new AppError(PassageErrors.PASSAGE_NO_PERSON)
  const when = times(input, now(), settings)
  const scanned = await scannedPass(db, input, when.occurred_at, settings)

  let personId: string | null = null
  let doc: Pick<PassageTable, 'doc_enc' | 'doc_bidx' | 'doc_masked'> = {
    doc_enc: null,
    doc_bidx: null,
    doc_masked: null,
  }
  if (input.document) {
    const normal = normalizeDocument(input.document.type, input.document.number).doc
    personId = (await findPersonByDocument(db, actor, normal))?.id ?? null
    doc = {
      doc_enc: encryptField(normal),
      doc_bidx: blindIndex('doc', normal),
      doc_masked: maskDocument(normal),
    }
  }

  const rule = ruleVerdict({
    colour: scanned.pass_colour,
    temperature: t,
    feverThreshold: settings.feverThreshold,
  })
  const verdict = stricter(input.verdict, rule.verdict)
  return {
    id: input.id.toLowerCase(),
    checkpoint_id: checkpoint.id,
    region_id: checkpoint.region_id,
    direction: input.direction,
    ...when,
    offline: input.offline ? 1 : 0,
    ...scanned,
    person_id: personId,
    ...doc,
    temperature: t,
    fever: t !== null && t >= settings.feverThreshold ? 1 : 0,
    plate: plate?.plate ?? null,
    passengers: input.passengers ?? null,
    verdict,
    reason: verdict === input.verdict && input.reason ? input.reason : (rule.reason ?? input.reason ?? null),
    staff_user_id: actor.userId ?? 'system',
    ...GATE_SOURCE,
  }
}

/** What a passage from the gate app has in the columns a paper register fills. */
export const GATE_SOURCE = {
  source: 'gate',
  name_enc: null,
  name_masked: null,
  phone_enc: null,
  phone_bidx: null,
} as const
