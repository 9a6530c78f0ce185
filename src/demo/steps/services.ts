// 社工与知心人: four agencies with fifteen social workers (three from Taiwan) record their
// services by channel; from 9 Feb a four-expert group keeps a free 24 h hotline.
import { createAgency, addWorker } from '../../modules/social-work/index.js'
import { recordService } from '../../modules/social-work/index.js'
import { addHotlineShift } from '../../modules/hotline/index.js'
import { recordCall } from '../../modules/hotline/index.js'
import type { CallCategory, RiskLevel } from '../../modules/hotline/index.js'
import { iso, localInstant, addDays } from '../../shared/days.js'
import { apportionMin, apportion } from '../rng.js'
import { chineseName } from '../identity.js'
import { D, DAYS } from '../plan.js'
import type { World } from '../world.js'

const AGENCIES = [
  '马尾区阳光社会工作服务中心',
  '福州市仁爱社工服务社',
  '马尾区心桥社会工作服务中心',
  '闽台融合社工服务站',
]
const TOPICS = {
  offline: ['独居老人上门探访', '隔离家庭物资与情绪支持', '社区防疫志愿服务协调', '困境儿童关爱'],
  phone: ['居家观察人员电话心理疏导', '独居老人电话问候'],
  online: ['线上防疫知识讲座', '微信群心理健康科普', '网课家长线上支持小组'],
} as const

export interface ServiceRecordPlan {
  day: number
  channel: 'offline' | 'phone' | 'online'
  beneficiaries: number
}

export function planSocialWork(w: World): ServiceRecordPlan[] {
  const out: ServiceRecordPlan[] = []
  const { offline, phone, online } = w.plan.socialWork
  const spec = [
    ['offline', offline, Math.max(1, Math.round(offline / 5))],
    ['phone', phone, phone],
    ['online', online, Math.max(1, Math.round(online / 25))],
  ] as const
  for (const [channel, people, records] of spec) {
    if (people === 0) continue
    const n = Math.min(records, people)
    apportionMin(
      people,
      Array.from({ length: n }, () => w.rng.int(1, 6)),
      1,
    ).forEach((b) => out.push({ day: w.rng.int(5, DAYS - 1), channel, beneficiaries: b }))
  }
  return out
}

export async function setUpSocialWork(w: World) {
  const workers: string[] = []
  const per = apportion(15, [4, 4, 4, 3])
  for (const [i, name] of AGENCIES.entries()) {
    const agency = await createAgency(w.db, w.admin, {
      regionId: w.top.id,
      name,
      note: i === 3 ? '含台湾社工3名' : null,
    })
    for (let k = 0; k < per[i]; k++) {
      const worker = await addWorker(w.db, w.admin, {
        agencyId: agency.id,
        name: chineseName(w.rng),
        note: i === 3 && k < 3 ? '台湾社工' : null,
      })
      workers.push(worker.id)
    }
  }
  return workers
}

export async function recordServices(w: World, plan: ServiceRecordPlan[], workers: string[]) {
  const today = plan.filter((r) => r.day === w.day)
  const places = [...w.communities.values()]
  for (const [k, r] of today.entries()) {
    w.at(17 + (2 * k) / Math.max(1, today.length))
    await recordService(
      w.db,
      w.admin,
      {
        regionId: w.rng.pick(places).region.id,
        workerId: w.rng.pick(workers),
        date: w.date,
        channel: r.channel,
        topic: w.rng.pick(TOPICS[r.channel]),
        beneficiaries: r.beneficiaries,
      },
      w.timeZone,
    )
    w.planted.social_work[r.channel] += r.beneficiaries
    w.planted.social_work.beneficiaries += r.beneficiaries
  }
}

const CATEGORIES: CallCategory[] = [
  'anxiety',
  'quarantine',
  'family',
  'sleep',
  'health',
  'information',
  'grief',
  'other',
]

/** From 9 Feb: four six-hour shifts a day by the four experts, and the day's calls. */
export async function hotlineDay(w: World) {
  if (w.day < D.hotline) return
  w.at(0)
  for (let s = 0; s < 4; s++) {
    const expert = w.experts[(s + w.day) % w.experts.length]
    await addHotlineShift(w.db, w.admin, {
      regionId: w.top.id,
      expertId: expert.userId!,
      startsAt: iso(localInstant(w.date, s * 6, w.timeZone)),
      endsAt: iso(
        s === 3
          ? localInstant(addDays(w.date, 1), 0, w.timeZone)
          : localInstant(w.date, (s + 1) * 6, w.timeZone),
      ),
    })
  }
  const calls = Math.max(w.plan.scale >= 0.5 ? 3 : 0, Math.round(w.rng.int(3, 9) * w.plan.scale))
  for (let k = 0; k < calls; k++) {
    const hour = w.rng.int(0, 22) + w.rng.next()
    w.at(23.9)
    const risk: RiskLevel = w.rng.chance(0.05) ? 'high' : w.rng.chance(0.3) ? 'medium' : 'low'
    await recordCall(
      w.db,
      w.experts[(Math.floor(hour / 6) + w.day) % w.experts.length],
      {
        regionId: w.top.id,
        startedAt: iso(localInstant(w.date, hour, w.timeZone)),
        durationMinutes: w.rng.int(5, 45),
        channel: 'phone',
        category: w.rng.pick(CATEGORIES),
        riskLevel: risk,
        followUp: risk !== 'low',
        followUpNote: risk !== 'low' ? '三日内电话回访' : null,
        referral: risk === 'high' ? '转介区精神卫生专科门诊' : null,
      },
      w.timeZone,
    )
    w.planted.hotline_calls++
  }
}
