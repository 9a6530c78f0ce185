// The report as of 5 March against what the replay planted: every planted key, as a list
// of differences (empty when they agree). Planted keys are those of `lianfang report --json`.
import { reportForCli, type SituationReport } from '../modules/reports/index.js'
import type { Planted } from './world.js'

export function compareWithReport(planted: Planted, situation: SituationReport): string[] {
  const report = reportForCli(situation)
  const diff: string[] = []
  const check = (key: string, want: number, got: number | undefined) => {
    if (want !== got) diff.push(`${key}: planted ${want}, report ${got}`)
  }
  check('people_screened', planted.people_screened, report.people_screened)
  check('phone_numbers_screened', planted.phone_numbers_screened, report.phone_numbers_screened)
  check('phone_numbers_reached', planted.phone_numbers_reached, report.phone_numbers_reached)
  check('key_persons_filed', planted.key_persons_filed, report.key_persons_filed)
  for (const k of ['village', 'community', 'road', 'compound'] as const)
    check(`checkpoints.${k}`, planted.checkpoints[k], report.checkpoints[k])
  for (const k of ['cumulative', 'released', 'current'] as const)
    check(`observation.${k}`, planted.observation[k], report.observation[k])
  check('care.households', planted.care.households, report.care.households)
  check('care.times', planted.care.times, report.care.times)
  for (const k of ['offline', 'phone', 'online', 'beneficiaries'] as const)
    check(`social_work.${k}`, planted.social_work[k], report.social_work[k])
  check('party_members', planted.party_members, report.party_members)
  check('dispatched_cadres', planted.dispatched_cadres, report.dispatched_cadres)
  check('volunteers', planted.volunteers, report.volunteers)
  check('social_workers', planted.social_workers, report.social_workers)
  check('medics', planted.medics, report.medics)
  check('hotline.calls', planted.hotline_calls, report.hotline.calls)
  const pub = report.publicity as Record<string, number>
  for (const [k, v] of Object.entries(planted.publicity)) check(`publicity.${k}`, v, pub[k])
  return diff
}
