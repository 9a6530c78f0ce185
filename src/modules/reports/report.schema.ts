// The situation report's JSON, documented for the OpenAPI document and the typed web client.
// Open to further keys: a module may add a figure before the page shows it.
import { Type } from 'typebox'
import type { PublicityFigures } from '../publicity/index.js'
import type { SituationReport } from './report.service.js'

const Int = Type.Integer()
const Counts = <K extends string>(keys: readonly K[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Int])) as Record<K, typeof Int>, {
    additionalProperties: true,
  })

export const SituationReportSchema = Type.Object(
  {
    as_of: Type.String(),
    region: Type.Object({ id: Type.String(), name: Type.String(), type: Type.String() }),
    people_screened: Int,
    phone_numbers_screened: Int,
    phone_numbers_reached: Type.Optional(Int),
    key_persons_filed: Int,
    checkpoints: Counts(['village', 'community', 'road', 'compound']),
    observation: Counts(['cumulative', 'released', 'current', 'new_today', 'released_today']),
    care: Counts(['households', 'times']),
    social_work: Counts(['offline', 'phone', 'online', 'beneficiaries']),
    hotline: Counts(['calls', 'calls_today', 'referrals']),
    publicity: Counts([
      'banners',
      'slogans',
      'householdsVisited',
      'peopleReached',
      'posts',
      'articles',
      'chatGroups',
    ]),
    party_members: Int,
    dispatched_cadres: Int,
    volunteers: Int,
    social_workers: Int,
    medics: Int,
  },
  { additionalProperties: true },
)

/** The service hands publicity over as a plain map (its asOf removed); the schema names the figures. */
export const toReportJson = (r: SituationReport) => ({
  ...r,
  publicity: r.publicity as unknown as PublicityFigures,
})
