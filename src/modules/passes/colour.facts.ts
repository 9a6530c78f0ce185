// The facts colour rules ask about. Each module plugs in what it knows
// (declarations: fever; risk areas: travel; observations: home observation) without the
// passes module importing it: registerColourFact(name, check).
import type { Db } from '../../db/db.js'

export interface FactContext {
  /** milliseconds since the epoch (the system clock) */
  now: number
  /** today in the deployment's time zone, YYYY-MM-DD */
  today: string
}

/** false: the fact does not hold; true or variables for the reason text: it holds. */
export type FactResult = boolean | { vars: Record<string, string> }
export type FactCheck = (
  db: Db,
  personId: string,
  ctx: FactContext,
  params: Record<string, unknown>,
) => Promise<FactResult>

export interface FactSpec {
  check: FactCheck
  /** what the fact means, for the rules editor */
  zh: string
  en: string
}

const facts = new Map<string, FactSpec>()

/** A later registration of the same name replaces the earlier one (e.g. a real observations check). */
export function registerColourFact(name: string, spec: FactSpec): void {
  facts.set(name, spec)
}

export const colourFact = (name: string) => facts.get(name)

export const colourFacts = () => [...facts.entries()].map(([name, s]) => ({ name, zh: s.zh, en: s.en }))

// Until the observations module registers its own check, nobody is under observation.
registerColourFact('under_observation', {
  zh: '正在居家医学观察',
  en: 'under home medical observation',
  check: async () => false,
})
