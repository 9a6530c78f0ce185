// Editing the colour rules: every save is a new version (the old ones stay readable), and
// a rule must name a fact some module provides. Saving recomputes nobody at once: each
// colour is recomputed against the new version the next time it is issued or checked.
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { recordAudit } from '../../core/audit.js'
import type { Actor } from '../../core/actor.js'
import type { RuleSetData } from './colour-rules.js'
import { colourFact, colourFacts } from '../../core/registry.js'
import { currentRules } from './colour.service.js'
import { insertRuleSet, listRuleSets } from './passes.queries.js'
import type { RulesInput } from './passes.schema.js'

export const RuleErrors = defineErrors({
  RULE_UNKNOWN_FACT: {
    status: 400,
    zh: '规则“{rule}”引用了未知的条件“{fact}”',
    en: 'Rule "{rule}" names an unknown fact "{fact}"',
  },
  RULE_DUPLICATE_ID: { status: 400, zh: '规则编号“{rule}”重复', en: 'Rule id "{rule}" is used twice' },
  RULE_VERSION_CONFLICT: {
    status: 409,
    zh: '规则已被他人修改（当前第{current}版），请刷新后再改',
    en: 'The rules were changed meanwhile (now version {current}); reload and edit again',
  },
})

/** What anyone may read: the rules in force, the facts they can name, and all versions. */
export async function publicRules(db: Db) {
  const { version, data } = await currentRules(db)
  return { version, ...data, facts: colourFacts() }
}

export async function ruleVersions(db: Db) {
  const stored = await listRuleSets(db)
  return stored.map((s) => ({
    version: s.version,
    note: s.note,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
    ...s.data,
  }))
}

export async function saveRules(db: Db, actor: Actor, input: RulesInput) {
  const ids = new Set<string>()
  for (const rule of input.rules) {
    if (ids.has(rule.id)) throw new AppError(RuleErrors.RULE_DUPLICATE_ID, { rule: rule.id })
    ids.add(rule.id)
    if (!colourFact(rule.fact))
      throw new AppError(RuleErrors.RULE_UNKNOWN_FACT, { rule: rule.id, fact: rule.fact })
  }
  const { version } = await currentRules(db)
  // Optimistic check: two admins editing at once must not silently overwrite each other.
  if (input.baseVersion !== version)
    throw new AppError(RuleErrors.RULE_VERSION_CONFLICT, { current: version })
  const next = version + 1
  const data: RuleSetData = { rules: input.rules, green: input.green }
  try {
    await insertRuleSet(db, {
      version: next,
      rules: JSON.stringify(data),
      note: input.note ?? null,
      created_by: actor.username,
      created_at: nowIso(now),
    })
  } catch {
    throw new AppError(RuleErrors.RULE_VERSION_CONFLICT, { current: next })
  }
  await recordAudit(db, actor, {
    action: 'colour.rules_save',
    entity: 'colour_rule_set',
    entityId: String(next),
  })
  return { version: next, ...data }
}
