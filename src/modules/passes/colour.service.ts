// 码色计算: the colour of a person from the rules in force and the facts other modules
// report, with its reasons. Recomputed on 'person.changed' and whenever a pass is issued or
// checked (time-bound facts such as "fever in the last 24 h" lapse without an event).
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { now, today } from '../../core/clock.js'
import { findPerson } from '../people/index.js'
import { AppError, CommonErrors } from '../../core/errors.js'
import {
  DEFAULT_RULES,
  fillReason,
  worse,
  type Colour,
  type ColourReason,
  type RuleSetData,
} from './colour-rules.js'
import { colourFact, type FactContext } from '../../core/registry.js'
import {
  findActiveColourChange,
  findCurrentRuleSet,
  findPersonColour,
  nextHistorySeq,
  savePersonColour,
  type StoredColour,
} from './passes.queries.js'
import { revokeLivePasses } from './pass.queries.js'

/** The rules in force; version 0 is the built-in default until the command centre edits them. */
export async function currentRules(db: Db): Promise<{ version: number; data: RuleSetData }> {
  const stored = await findCurrentRuleSet(db)
  return stored ? { version: stored.version, data: stored.data } : { version: 0, data: DEFAULT_RULES }
}

export const factContext = (at = now()): FactContext => ({ now: at, today: today(at) })

export interface Evaluation {
  colour: Colour
  reasons: ColourReason[]
  rulesVersion: number
}

/** Applies the rules; an approved manual change in force outranks them. */
export async function evaluateColour(db: Db, personId: string, ctx = factContext()): Promise<Evaluation> {
  const { version, data } = await currentRules(db)
  const manual = await findActiveColourChange(db, personId, new Date(ctx.now).toISOString())
  if (manual) {
    const reasons = [
      {
        rule: 'manual',
        colour: manual.colour,
        zh: `人工调整：${manual.reason}`,
        en: `Set by staff: ${manual.reason}`,
      },
    ]
    return { colour: manual.colour, reasons, rulesVersion: version }
  }
  const reasons: ColourReason[] = []
  let colour: Colour = 'green'
  for (const rule of data.rules) {
    const fact = colourFact(rule.fact)
    // A rule naming a fact no module provides cannot hold (rules are checked on edit).
    if (!fact) continue
    const hit = await fact.check(db, personId, ctx, rule.params ?? {})
    if (!hit) continue
    const vars = hit === true ? {} : hit.vars
    reasons.push({
      rule: rule.id,
      colour: rule.colour,
      zh: fillReason(rule.reason.zh, vars),
      en: fillReason(rule.reason.en, vars),
    })
    colour = worse(colour, rule.colour)
  }
  if (reasons.length === 0)
    reasons.push({ rule: 'green', colour: 'green', zh: data.green.zh, en: data.green.en })
  return { colour, reasons, rulesVersion: version }
}

/**
 * Evaluates and stores the colour; a change of colour or reasons is added to the history,
 * and a change of colour revokes the person's live passes (gates learn it from the list).
 */
export async function recomputeColour(
  db: Db,
  personId: string,
  cause: string,
): Promise<StoredColour & { regionId: string }> {
  const person = await findPerson(db, personId)
  if (!person) throw new AppError(CommonErrors.NOT_FOUND, { what: 'person' })
  const at = now()
  const result = await evaluateColour(db, personId, factContext(at))
  const previous = await findPersonColour(db, personId)
  const iso = new Date(at).toISOString()
  const reasonsJson = JSON.stringify(result.reasons)
  const row = {
    person_id: personId,
    region_id: person.region_id,
    colour: result.colour,
    reasons: reasonsJson,
    rules_version: result.rulesVersion,
    computed_at: iso,
  }
  const changed =
    !previous || previous.colour !== result.colour || JSON.stringify(previous.reasons) !== reasonsJson
  if (changed || previous.rulesVersion !== result.rulesVersion) await savePersonColour(db, row, !!previous)
  if (changed) {
    const { computed_at: _c, ...history } = row
    await db
      .insertInto('colour_history')
      .values({ ...history, id: randomUUID(), seq: await nextHistorySeq(db, personId), cause, at: iso })
      .execute()
  }
  if (previous && previous.colour !== result.colour)
    await revokeLivePasses(db, personId, iso, 'colour_changed')
  const stored = changed
    ? { colour: result.colour, reasons: result.reasons, rulesVersion: result.rulesVersion, computedAt: iso }
    : previous
  return { ...stored, regionId: person.region_id }
}
