// The yellow rule's fact "arrived from a risk area within its observation period".
import type { Registry } from '../../core/registry.js'
import { addDays } from '../../shared/days.js'
import { findRunningKeyPerson } from './risk-areas.queries.js'

export function registerRiskAreaFacts(registry: Registry) {
  registry.colourFact('from_risk_area', {
    zh: '从风险地区抵达且仍在观察期内',
    en: 'arrived from a risk area and still within its observation period',
    check: async (db, personId, ctx) => {
      const row = await findRunningKeyPerson(db, personId, ctx.today)
      if (!row) return false
      // observe_until is the first free day; people are told the last day of observation.
      return {
        vars: { area: row.area_name, arrival: row.arrival_date, until: addDays(row.observe_until, -1) },
      }
    },
  })
}
