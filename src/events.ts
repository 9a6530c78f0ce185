// In-process domain events, delivered inside the writer's transaction. A module announces
// that something about a person changed; others (the colour of a pass, counters) react,
// without the writer knowing who listens. Listeners must not throw for ordinary data.
import type { Db } from './db/db.js'

export interface DomainEvents {
  /** anything a person's colour may depend on changed (declaration, observation, manual change…) */
  'person.changed': { personId: string; reason: string }
  /** a new key person (重点人员) was filed */
  'key_person.filed': { personId: string; keyPersonId: string }
}

type Listener<K extends keyof DomainEvents> = (db: Db, event: DomainEvents[K]) => Promise<void>

const listeners = new Map<keyof DomainEvents, Listener<never>[]>()

export function on<K extends keyof DomainEvents>(name: K, listener: Listener<K>): void {
  listeners.set(name, [...(listeners.get(name) ?? []), listener as Listener<never>])
}

/** Runs every listener in order, inside the caller's transaction. */
export async function emit<K extends keyof DomainEvents>(
  db: Db,
  name: K,
  event: DomainEvents[K],
): Promise<void> {
  for (const listener of (listeners.get(name) ?? []) as Listener<K>[]) await listener(db, event)
}
