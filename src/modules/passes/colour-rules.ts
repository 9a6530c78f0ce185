// 码色规则 as data: browser-safe types and the defaults a new deployment starts with.
// A rule names a fact (see colour.facts.ts), the colour it implies and the reason shown.
export type Colour = 'green' | 'yellow' | 'red'
export const COLOURS: readonly Colour[] = ['green', 'yellow', 'red']
export const colourCode = (c: Colour): 0 | 1 | 2 => (c === 'green' ? 0 : c === 'yellow' ? 1 : 2)
export const worse = (a: Colour, b: Colour): Colour => (colourCode(a) >= colourCode(b) ? a : b)

export interface ReasonText {
  /** may hold {placeholders} filled from the fact's variables */
  zh: string
  en: string
}

export interface ColourRule {
  id: string
  fact: string
  params?: Record<string, unknown>
  colour: 'yellow' | 'red'
  reason: ReasonText
}

export interface RuleSetData {
  rules: ColourRule[]
  /** the reason given when no rule applies */
  green: ReasonText
}

/** One reason behind a colour, as shown to staff and (in plain Chinese) to the resident. */
export interface ColourReason {
  rule: string
  colour: Colour
  zh: string
  en: string
}

export const DEFAULT_RULES: RuleSetData = {
  rules: [
    {
      id: 'case',
      fact: 'case_status',
      params: { in: ['confirmed', 'suspected', 'central_quarantine'] },
      colour: 'red',
      reason: { zh: '{status}', en: '{statusEn}' },
    },
    {
      id: 'observation',
      fact: 'under_observation',
      colour: 'yellow',
      reason: { zh: '正在居家医学观察', en: 'Under home medical observation' },
    },
    {
      id: 'risk_area',
      fact: 'from_risk_area',
      colour: 'yellow',
      reason: {
        zh: '{arrival}从{area}来，观察期至{until}',
        en: 'Arrived from {area} on {arrival}; observed until {until}',
      },
    },
    {
      id: 'fever',
      fact: 'fever_within_hours',
      params: { hours: 24 },
      colour: 'yellow',
      reason: { zh: '24小时内申报发热', en: 'Fever declared in the last 24 hours' },
    },
    {
      id: 'contact',
      fact: 'contact_with_cases',
      params: { days: 14 },
      colour: 'yellow',
      reason: { zh: '14天内申报接触过病例', en: 'Contact with a case declared in the last 14 days' },
    },
    {
      id: 'no_declaration',
      fact: 'no_declaration',
      colour: 'yellow',
      reason: { zh: '尚未进行健康申报', en: 'No health declaration on file yet' },
    },
  ],
  green: { zh: '已健康申报，无异常情况', en: 'Declared, nothing of concern' },
}

export function fillReason(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '')
}
