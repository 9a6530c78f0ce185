// The one way a module extends another: a registry filled at start by the app layer
// (installModules in src/modules/index.ts), from each module's `extend(registry, config)`.
// Nothing registers itself by being imported.
//
// Two extension points:
// - domain events, delivered inside the writer's transaction: a module announces that
//   something about a person changed; others (the pass colour, enterprise alerts) react
//   without the writer knowing who listens. Listeners must not throw for ordinary data.
// - colour facts: the questions colour rules ask ("fever declared?", "under observation?"),
//   each answered by the module that holds the data, so that passes imports none of them.
import type { Db } from '../db/db.js'

export interface DomainEvents {
  /** anything a person's colour may depend on changed (declaration, observation, manual change…) */
  'person.changed': { personId: string; reason: string }
  /** a new key person (重点人员) was filed */
  'key_person.filed': { personId: string; keyPersonId: string }
}

type Listener<K extends keyof DomainEvents> = (db: Db, event: DomainEvents[K]) => Promise<void>

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

/** Recomputes a module's maintained report counts from its records (inside the caller's transaction). */
export type CountRebuilder = (db: Db) => Promise<void>

export interface Registry {
  on<K extends keyof DomainEvents>(name: K, listener: Listener<K>): void
  colourFact(name: string, spec: FactSpec): void
  /** a module's per-day counts (src/core/day-counts.ts) and how to rebuild them */
  dayCounts(name: string, rebuild: CountRebuilder): void
}

const listeners = new Map<keyof DomainEvents, Listener<never>[]>()
const facts = new Map<string, FactSpec>()
const rebuilders = new Map<string, CountRebuilder>()

/** Empties the registry and hands out the way to fill it (the app layer calls this once per start). */
export function resetRegistry(): Registry {
  listeners.clear()
  facts.clear()
  rebuilders.clear()
  return {
    on(name, listener) {
      listeners.set(name, [...(listeners.get(name) ?? []), listener as Listener<never>])
    },
    colourFact(name, spec) {
      if (facts.has(name)) throw new Error(`colour fact registered twice: ${name}`)
      facts.set(name, spec)
    },
    dayCounts(name, rebuild) {
      if (rebuilders.has(name)) throw new Error(`day counts registered twice: ${name}`)
      rebuilders.set(name, rebuild)
    },
  }
}

/** Runs every listener in order, inside the caller's transaction. */
export async function emit<K extends keyof DomainEvents>(
  db: Db,
  name: K,
  event: DomainEvents[K],
): Promise<void> {
  for (const listener of (listeners.get(name) ?? []) as Listener<K>[]) await listener(db, event)
}

export const colourFact = (name: string): FactSpec | undefined => facts.get(name)

export const colourFacts = () => [...facts.entries()].map(([name, s]) => ({ name, zh: s.zh, en: s.en }))

/** Every module's count rebuilder, by module name (`lianfang report rebuild-counts`). */
export const countRebuilders = () => [...rebuilders.entries()]
