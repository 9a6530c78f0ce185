// 态势报告: every figure of the source case's daily report, computed from the records of
// each module as of the end of a local day, for any region the actor may see.
import type { Db } from '../../db/db.js'
import { endOfDayIso } from '../../shared/days.js'
import type { Actor } from '../../core/actor.js'
import { getRegionInScope } from '../regions/index.js'
import { screeningTotals } from '../campaigns/index.js'
import { keyPersonCounts } from '../risk-areas/index.js'
import { checkpointTypeCounts } from '../checkpoints/index.js'
import { observationCounts } from '../observations/index.js'
import { careCounts } from '../care/index.js'
import { socialWorkCounts } from '../social-work/index.js'
import { hotlineCounts } from '../hotline/index.js'
import { publicityCounts } from '../publicity/index.js'
import { staffCounts } from '../staff/index.js'

export interface ReportQuery {
  asOf: string
  regionId?: string
}

export async function situationReport(db: Db, actor: Actor, q: ReportQuery, timeZone: string) {
  const region = await getRegionInScope(db, actor, q.regionId ?? actor.scopeRegionId)
  const byDate = { asOf: q.asOf, withinPath: region.path }
  const byInstant = { beforeIso: endOfDayIso(q.asOf, timeZone), withinPath: region.path }
  const [screening, keyPersons, checkpoints, observation, care, socialWork, hotline, publicity, staff] =
    await Promise.all([
      screeningTotals(db, { asOf: byInstant.beforeIso, withinPath: region.path }),
      keyPersonCounts(db, byInstant),
      checkpointTypeCounts(db, byInstant),
      observationCounts(db, byDate),
      careCounts(db, byDate),
      socialWorkCounts(db, byDate),
      hotlineCounts(db, byDate),
      publicityCounts(db, byDate),
      staffCounts(db, byDate),
    ])
  return {
    as_of: q.asOf,
    region: { id: region.id, name: region.name, type: region.type },
    people_screened: screening.peopleScreened,
    phone_numbers_screened: screening.numbersCalled,
    phone_numbers_reached: screening.numbersReached,
    key_persons_filed: keyPersons.filed,
    checkpoints,
    observation: {
      cumulative: observation.cumulative,
      released: observation.released,
      current: observation.current,
      new_today: observation.newToday,
      released_today: observation.releasedToday,
    },
    care: { households: care.households, times: care.times },
    social_work: {
      offline: socialWork.offline,
      phone: socialWork.phone,
      online: socialWork.online,
      beneficiaries: socialWork.beneficiaries,
    },
    hotline: { calls: hotline.calls, calls_today: hotline.callsToday, referrals: hotline.referrals },
    publicity: Object.fromEntries(Object.entries(publicity).filter(([k]) => k !== 'asOf')),
    party_members: staff.party_member,
    dispatched_cadres: staff.dispatched_cadre,
    volunteers: staff.volunteer,
    social_workers: staff.social_worker,
    medics: staff.medic,
  }
}

export type SituationReport = Awaited<ReturnType<typeof situationReport>>
