// Facts the colour rules read from declarations. Fever and contact look at every
// declaration in their window, not only the newest: re-declaring "no fever" an hour after
// declaring fever must not turn a code green.
import type { Registry } from '../../core/registry.js'
import { declarationsSince, hasDeclaration } from './declarations.queries.js'

const num = (v: unknown, fallback: number) => (typeof v === 'number' && v > 0 ? v : fallback)

export function registerDeclarationFacts(registry: Registry, feverThreshold: number) {
  registry.colourFact('no_declaration', {
    zh: '尚无健康申报',
    en: 'no health declaration on file',
    check: async (db, personId) => !(await hasDeclaration(db, personId)),
  })

  registry.colourFact('fever_within_hours', {
    zh: `最近若干小时内（参数 hours）申报发热或体温≥${feverThreshold}℃`,
    en: `fever or ≥${feverThreshold} °C declared within the last \`hours\` hours`,
    check: async (db, personId, ctx, params) => {
      const since = new Date(ctx.now - num(params.hours, 24) * 3600_000).toISOString()
      const recent = await declarationsSince(db, personId, since)
      return recent.some((d) => d.symptoms.includes('fever') || (d.temperature ?? 0) >= feverThreshold)
    },
  })

  registry.colourFact('contact_with_cases', {
    zh: '最近若干天内（参数 days）申报接触过病例',
    en: 'contact with a case declared within the last `days` days',
    check: async (db, personId, ctx, params) => {
      const since = new Date(ctx.now - num(params.days, 14) * 86_400_000).toISOString()
      return (await declarationsSince(db, personId, since)).some((d) => d.contactWithCases)
    },
  })
}
