// 态势报告: every figure of the source case's daily report, computed from the records of
// each module as of the end of a local day, for any region the actor may see. Keys are
// camelCase, as everywhere in the HTTP API; the CLI's --json keeps its documented snake_case
// (report.cli.ts).
import type { Db } from '../../db/db.js'
import { endOfDayIso } from '../../shared/days.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { BELOW_COUNT_LEVEL } from '../../core/day-counts.js'
import { screeningDayTotals, screeningTotals } from '../campaigns/index.js'
import { keyPersonCounts, keyPersonDayTotals } from '../risk-areas/index.js'
import { checkpointTypeCounts } from '../checkpoints/index.js'
import { observationCounts, observationDayTotals } from '../observations/index.js'
import { careCounts, careDayTotals } from '../care/index.js'
import { socialWorkCounts, socialWorkDayTotals } from '../social-work/index.js'
import { hotlineCounts } from '../hotline/index.js'
import { publicityCounts } from '../publicity/index.js'
import { staffCounts } from '../staff/index.js'
import { passageCounts } from '../passages/index.js'

export interface ReportQuery {
  asOf: string
  regionId?: string
}

export async function situationReport(db: Db, actor: Actor, q: ReportQuery, timeZone: string) {
  const region = await getRegionInScope(db, actor, q.regionId ?? actor.scopeRegionId)
  const byDate = { asOf: q.asOf, withinPath: region.path }
  const byInstant = { beforeIso: endOfDayIso(q.asOf, timeZone), withinPath: region.path }
  // the maintained day counts hang on communities: below one, its few records are counted
  const fromRecords = BELOW_COUNT_LEVEL.has(region.type)
  const [
    screening,
    keyPersons,
    checkpoints,
    observation,
    care,
    socialWork,
    hotline,
    publicity,
    staff,
    passages,
  ] = await Promise.all([
    fromRecords
      ? screeningTotals(db, { asOf: byInstant.beforeIso, withinPath: region.path })
      : screeningDayTotals(db, byDate),
    fromRecords ? keyPersonCounts(db, byInstant) : keyPersonDayTotals(db, byDate),
    checkpointTypeCounts(db, byInstant),
    fromRecords ? observationCounts(db, byDate) : observationDayTotals(db, byDate),
    fromRecords ? careCounts(db, byDate) : careDayTotals(db, byDate),
    fromRecords ? socialWorkCounts(db, byDate) : socialWorkDayTotals(db, byDate),
    hotlineCounts(db, byDate),
    publicityCounts(db, byDate),
    staffCounts(db, byDate),
    // from the hourly counters, which the retention job leaves in place
    passageCounts(db, { ...byDate, timeZone }),
  ])
  const { asOf: _, ...publicityFigures } = publicity
  return {
    asOf: q.asOf,
    region: { id: region.id, name: region.name, type: region.type },
    peopleScreened: screening.peopleScreened,
    phoneNumbersScreened: screening.numbersCalled,
    phoneNumbersReached: screening.numbersReached,
    keyPersonsFiled: keyPersons.filed,
    checkpoints,
    observation: {
      cumulative: observation.cumulative,
      released: observation.released,
      current: observation.current,
      newToday: observation.newToday,
      releasedToday: observation.releasedToday,
    },
    care: { households: care.households, times: care.times },
    socialWork: {
      offline: socialWork.offline,
      phone: socialWork.phone,
      online: socialWork.online,
      beneficiaries: socialWork.beneficiaries,
    },
    passages,
    hotline: { calls: hotline.calls, callsToday: hotline.callsToday, referrals: hotline.referrals },
    publicity: publicityFigures,
    partyMembers: staff.party_member,
    dispatchedCadres: staff.dispatched_cadre,
    volunteers: staff.volunteer,
    socialWorkers: staff.social_worker,
    medics: staff.medic,
  }
}

export type SituationReport = Awaited<ReturnType<typeof situationReport>>
