// The pass colour follows the observation: the passes module asks "under_observation?" and
// this answers from the open observation (居家医学观察中 → yellow by the default rules).
import type { Registry } from '../../core/registry.js'
import { findOpenObservationOf } from './observations.queries.js'

export function registerObservationFacts(registry: Registry) {
  registry.colourFact('under_observation', {
    zh: '正在居家医学观察',
    en: 'under home medical observation',
    check: async (db, personId) => {
      const open = await findOpenObservationOf(db, personId)
      return open ? { vars: { endsOn: open.ends_on } } : false
    },
  })
}
