// 出入登记: one passage or a device's whole offline queue. Writes go through the group
// committer (which owns their transaction), so a passage is answered only once durable.
import { Compile } from 'typebox/compile'
import type { Db } from '../../db/db.js'
import { AppError, CommonErrors, errorMessage, type Lang } from '../../core/errors.js'
import type { Actor } from '../../core/actor.js'
import { getCheckpointInScope } from '../checkpoints/index.js'
import { dayStart, iso, addDays } from '../../shared/days.js'
import { committerFor } from './committer.js'
import { listHourly, listRecentPassages, type PassageTable } from './passages.queries.js'
import { PassageInputSchema, type PassageInput } from './passages.schema.js'
import { preparePassage } from './prepare.js'
import type { PassageSettings } from './settings.js'

export interface PassageView {
  id: string
  checkpointId: string
  direction: 'in' | 'out'
  occurredAt: string
  deviceAt: string
  receivedAt: string
  clockSkewMs: number | null
  skewed: boolean
  offline: boolean
  passId: string | null
  passColour: string | null
  verified: boolean
  personId: string | null
  document: string | null
  temperature: number | null
  fever: boolean
  plate: string | null
  passengers: number | null
  verdict: string
  reason: string | null
  source: 'gate' | 'paper'
  /** masked; only passages typed in from paper carry a name */
  name: string | null
}

export const toPassageView = (r: PassageTable): PassageView => ({
  id: r.id,
  checkpointId: r.checkpoint_id,
  direction: r.direction,
  occurredAt: r.occurred_at,
  deviceAt: r.device_at,
  receivedAt: r.received_at,
  clockSkewMs: r.clock_skew_ms === null ? null : Number(r.clock_skew_ms),
  skewed: Number(r.skewed) === 1,
  offline: Number(r.offline) === 1,
  passId: r.pass_id,
  passColour: r.pass_colour,
  verified: Number(r.verified) === 1,
  personId: r.person_id,
  document: r.doc_masked,
  temperature: r.temperature === null ? null : Number(r.temperature),
  fever: Number(r.fever) === 1,
  plate: r.plate,
  passengers: r.passengers,
  verdict: r.verdict,
  reason: r.reason,
  source: r.source,
  name: r.name_masked,
})

/** Records one passage; a re-send of a stored id returns the stored result. */
export async function recordPassage(db: Db, actor: Actor, input: PassageInput, settings: PassageSettings) {
  const row = await preparePassage(db, actor, input, settings)
  const { stored, duplicate } = await committerFor(db).submit({ row, actor })
  // A re-send answers with the stored row: only to someone who may see where it was recorded,
  // else a guessed or leaked id would read another community's passage.
  if (duplicate && stored.checkpoint_id !== row.checkpoint_id) await passageInScope(db, actor, stored)
  return { passage: toPassageView(stored), duplicate }
}

async function passageInScope(db: Db, actor: Actor, stored: PassageTable) {
  try {
    await getCheckpointInScope(db, actor, stored.checkpoint_id)
  } catch (e) {
    if (e instanceof AppError) throw new AppError(CommonErrors.NOT_FOUND, { what: 'passage' })
    throw e
  }
}

const checkInput = Compile(PassageInputSchema)

export interface BatchItemResult {
  id: string | null
  status: 'stored' | 'duplicate' | 'rejected'
  passage?: PassageView
  error?: { code: string; message: string }
}

/** 离线补传: each passage stands alone; the bad ones are reported, the others stored. */
export async function recordBatch(
  db: Db,
  actor: Actor,
  items: unknown[],
  opts: { sentAt?: string; settings: PassageSettings; lang: Lang },
) {
  const reject = (
    id: string | null,
    code: string,
    details: Record<string, unknown> = {},
  ): BatchItemResult => ({
    id,
    status: 'rejected',
    error: { code, message: errorMessage(code, opts.lang, details) },
  })
  const results = await Promise.all(
    items.map(async (item): Promise<BatchItemResult> => {
      const id = typeof (item as { id?: unknown })?.id === 'string' ? (item as { id: string }).id : null
      if (!checkInput.Check(item)) {
        const first = checkInput.Errors(item)[0]
        return reject(id, 'VALIDATION_FAILED', {
          detail: `${first?.instancePath.replace(/^\//, '') ?? ''} ${first?.message ?? ''}`.trim(),
        })
      }
      const input = { offline: true, ...(opts.sentAt && { sentAt: opts.sentAt }), ...item }
      try {
        const { passage, duplicate } = await recordPassage(db, actor, input, opts.settings)
        return { id: passage.id, status: duplicate ? 'duplicate' : 'stored', passage }
      } catch (e) {
        if (e instanceof AppError && e.status < 500) return reject(id, e.code, e.details)
        throw e
      }
    }),
  )
  const count = (s: BatchItemResult['status']) => results.filter((r) => r.status === s).length
  return { results, stored: count('stored'), duplicates: count('duplicate'), rejected: count('rejected') }
}

const ZERO = { in: 0, out: 0, denied: 0, referred: 0, fevers: 0, total: 0 }

/** 今日实时计数: a local day's counts at one checkpoint, per hour and in total, from the counters. */
export async function checkpointCounts(
  db: Db,
  actor: Actor,
  checkpointId: string,
  date: string,
  timeZone: string,
) {
  const checkpoint = await getCheckpointInScope(db, actor, checkpointId)
  const from = iso(dayStart(date, timeZone))
  const to = iso(dayStart(addDays(date, 1), timeZone))
  const hours = (await listHourly(db, checkpoint.id, from, to)).map((h) => ({
    hour: h.hour,
    in: Number(h.ins),
    out: Number(h.outs),
    denied: Number(h.denied),
    referred: Number(h.referred),
    fevers: Number(h.fevers),
    total: Number(h.total),
  }))
  const totals = { ...ZERO }
  for (const h of hours) for (const k of Object.keys(ZERO) as (keyof typeof ZERO)[]) totals[k] += h[k]
  return { checkpointId: checkpoint.id, date, ...totals, hours }
}

export async function recentPassages(db: Db, actor: Actor, checkpointId: string, limit: number) {
  const checkpoint = await getCheckpointInScope(db, actor, checkpointId)
  return (await listRecentPassages(db, checkpoint.id, limit)).map(toPassageView)
}
