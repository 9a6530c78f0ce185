// The situation report's JSON, documented for the OpenAPI document and the typed web client.
// Open to further keys: a module may add a figure before the page shows it.
import { Type } from 'typebox'
import { PUBLICITY_FIGURES } from '../../shared/publicity.js'

const Int = Type.Integer()
const Counts = <K extends string>(keys: readonly K[]) =>
  Type.Object(Object.fromEntries(keys.map((k) => [k, Int])) as Record<K, typeof Int>, {
    additionalProperties: true,
  })

export const SituationReportSchema = Type.Object(
  {
    asOf: Type.String(),
    region: Type.Object({ id: Type.String(), name: Type.String(), type: Type.String() }),
    peopleScreened: Int,
    phoneNumbersScreened: Int,
    phoneNumbersReached: Type.Optional(Int),
    keyPersonsFiled: Int,
    checkpoints: Counts(['village', 'community', 'road', 'compound']),
    observation: Counts(['cumulative', 'released', 'current', 'newToday', 'releasedToday']),
    care: Counts(['households', 'times']),
    socialWork: Counts(['offline', 'phone', 'online', 'beneficiaries']),
    passages: Counts(['total', 'today', 'fevers', 'denied']),
    hotline: Counts(['calls', 'callsToday', 'referrals']),
    publicity: Counts(PUBLICITY_FIGURES),
    partyMembers: Int,
    dispatchedCadres: Int,
    volunteers: Int,
    socialWorkers: Int,
    medics: Int,
  },
  { additionalProperties: true },
)

/** 分区统计: one row per street and per community under the region. */
export const BreakdownSchema = Type.Object({
  asOf: Type.String(),
  region: Type.Object({ id: Type.String(), name: Type.String(), type: Type.String() }),
  rows: Type.Array(
    Type.Object({
      regionId: Type.String(),
      name: Type.String(),
      type: Type.String(),
      parentId: Type.Union([Type.String(), Type.Null()]),
      hasChildren: Type.Boolean(),
      observing: Int,
      newToday: Int,
      releasedToday: Int,
      cumulative: Int,
      feverAlertsToday: Int,
      keyPersonsFiled: Int,
      peopleScreened: Int,
      passagesToday: Int,
    }),
  ),
})
