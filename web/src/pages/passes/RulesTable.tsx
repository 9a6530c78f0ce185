// One version of the colour rules, each rule a sentence in the reader's language: the
// condition with its parameters in words, the colour it gives and the reason people are
// shown, its placeholders named ("［风险地区］") rather than written as {area}.
import { Flex, Typography } from 'antd'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { ColourTag } from '../../components/ColourTag'
import type { PublicRules, Rule } from './types'

type Fact = NonNullable<PublicRules['facts']>[number]
type ReasonText = { zh: string; en: string }

const KNOWN_FACTS = [
  'case_status',
  'under_observation',
  'from_risk_area',
  'fever_within_hours',
  'contact_with_cases',
  'no_declaration',
] as const
type KnownFact = (typeof KNOWN_FACTS)[number]
const PLACEHOLDERS = ['status', 'statusEn', 'arrival', 'area', 'until', 'hours', 'days'] as const

/** A parameter's value in words: case statuses through the catalogue, lists joined. */
function valueText(t: TFunction, v: unknown): string {
  const one = (x: unknown) =>
    typeof x === 'string' && ['confirmed', 'suspected', 'central_quarantine'].includes(x)
      ? t(`passes.colour.caseStatuses.${x as 'confirmed'}`)
      : String(x)
  return Array.isArray(v) ? v.map(one).join('、') : one(v)
}

/** The rule's condition as words with its parameters. */
export function conditionText(t: TFunction, rule: Rule, facts: Fact[], en: boolean): string {
  const params = (rule.params ?? {}) as Record<string, unknown>
  if ((KNOWN_FACTS as readonly string[]).includes(rule.fact)) {
    const statuses = Array.isArray(params.in)
      ? (params.in as unknown[]).map((x) => valueText(t, x)).join(t('passes.rules.or'))
      : ''
    return t(`passes.rules.facts.${rule.fact as KnownFact}`, {
      statuses,
      hours: params.hours ?? 24,
      days: params.days ?? 14,
    })
  }
  const f = facts.find((x) => x.name === rule.fact)
  const described = f ? (en ? f.en : f.zh) : t('passes.rules.placeholderOther')
  const listed = Object.values(params)
    .map((v) => valueText(t, v))
    .join('；')
  return listed ? described + t('passes.rules.otherParams', { params: listed }) : described
}

/** A reason with its {placeholders} named in brackets: "［抵达日期］从［风险地区］来". */
export function reasonText(t: TFunction, text: string): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) =>
    (PLACEHOLDERS as readonly string[]).includes(k)
      ? `［${t(`passes.rules.placeholders.${k as 'area'}`)}］`
      : `［${t('passes.rules.placeholderOther')}］`,
  )
}

export function RulesTable({ rules, green, facts }: { rules: Rule[]; green: ReasonText; facts: Fact[] }) {
  const { t, i18n } = useTranslation()
  const en = i18n.language === 'en'
  const say = (r: ReasonText) => reasonText(t, en ? r.en : r.zh)
  return (
    <Flex vertical gap={8} data-testid="colour-rules">
      {rules.map((r, i) => (
        <Typography.Paragraph key={r.id} style={{ margin: 0 }} data-testid="colour-rule">
          {t('passes.rules.sentence', { n: i + 1, when: conditionText(t, r, facts, en) })}{' '}
          <ColourTag colour={r.colour} />
          {t('passes.rules.sentenceTail', { reason: say(r.reason) })}
        </Typography.Paragraph>
      ))}
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('passes.rules.green')} <ColourTag colour="green" />
        {`：“${say(green)}”`}
      </Typography.Paragraph>
    </Flex>
  )
}
