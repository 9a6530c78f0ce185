// 人员力量: party members reporting to their community (党员到社区报到), cadres sent down from
// 60+ units (下沉干部), volunteers, social workers and medics, into the staff registry; and
// 马限社区's five resident groups (百户固定法), each owning a share of its compounds.
import type { StaffKind } from '../../modules/staff/index.js'
import { addStaffMember, createTeam } from '../../modules/staff/index.js'
import { DAYS } from '../plan.js'
import { apportion, scaled } from '../rng.js'
import { chineseName } from '../identity.js'
import type { World } from '../world.js'

const UNITS = [
  ...'区委办 区政府办 区纪委监委 区委组织部 区委宣传部 区委政法委 区发改局 区财政局 区教育局 区卫健局 区民政局 区人社局 区住建局 区城管局 区交通局 区农业农村局 区商务局 区文体旅局 区应急局 区市场监管局 区统计局 区医保局 区税务局 区公安分局 区法院 区检察院 区司法局 区审计局 区生态环境局 区自然资源局 区水利局 区退役军人局 区信访局 区档案馆 区总工会 团区委 区妇联 区科协 区工商联 区残联 区红十字会 马尾海关 马尾海事局 马尾港务 区融媒体中心 区机关事务中心 区行政服务中心 马尾船政文化管委会 马尾开发区管委会 区投资促进局 区国资中心 区城投集团 区国投公司 区供电公司 区自来水公司 马尾电信 马尾移动 马尾联通 区邮政分公司 马尾农商银行 区烟草专卖局 区图书馆 区实验小学'.split(
    ' ',
  ),
]

export interface StaffRow {
  kind: StaffKind
  community: string
  unit: string | null
  day: number
}

export function planStaff(w: World): StaffRow[] {
  const p = w.plan
  const names = [...w.communities.keys()]
  const rows: StaffRow[] = []
  const spread = (kind: StaffKind, total: number, from: number, to: number, unit?: (i: number) => string) => {
    const perDay = apportion(
      total,
      Array.from({ length: to - from + 1 }, (_, i) => 1 / (1 + i / 3)),
    )
    let i = 0
    perDay.forEach((n, k) => {
      for (let j = 0; j < n; j++, i++)
        rows.push({ kind, community: names[(i * 31) % names.length], unit: unit?.(i) ?? null, day: from + k })
    })
  }
  spread('party_member', p.partyMembers, 2, 20)
  const units = UNITS.slice(0, p.cadreUnits)
  spread('dispatched_cadre', p.cadres, 8, 16, (i) => units[i % units.length])
  spread('volunteer', scaled(1800, p.scale), 2, DAYS - 10)
  spread('medic', scaled(120, p.scale), 1, 10)
  spread('community_worker', scaled(260, p.scale), 1, 1)
  return rows
}

const PLANTED: Partial<
  Record<StaffKind, 'party_members' | 'dispatched_cadres' | 'volunteers' | 'medics' | 'social_workers'>
> = {
  party_member: 'party_members',
  dispatched_cadre: 'dispatched_cadres',
  volunteer: 'volunteers',
  medic: 'medics',
  social_worker: 'social_workers',
}

export async function registerStaff(w: World, rows: StaffRow[]) {
  const today = rows.filter((r) => r.day === w.day)
  for (const [k, r] of today.entries()) {
    w.at(19 + (2 * k) / Math.max(1, today.length))
    const c = w.communities.get(r.community)!
    await addStaffMember(w.db, w.admin, {
      regionId: c.region.id,
      kind: r.kind,
      name: chineseName(w.rng),
      unit: r.unit,
      phone: w.rng.chance(0.5) ? w.ids.mobile('registry') : null,
      joinedOn: w.date,
    })
    const key = PLANTED[r.kind]
    if (key) w.planted[key]++
  }
}

/** 15 social workers join the registry too (their services are recorded with the agencies). */
export async function registerSocialWorkers(w: World) {
  for (let i = 0; i < 15; i++) {
    await addStaffMember(w.db, w.admin, {
      regionId: w.top.id,
      kind: 'social_worker',
      name: chineseName(w.rng),
      joinedOn: w.date,
    })
    w.planted.social_workers++
  }
}

/** 马限社区 百户固定法: five groups, each owning about a fifth of the compounds. */
export async function gridTeams(w: World) {
  const c = w.communities.get('马限社区')
  if (!c) return
  const groups = Math.min(5, c.places.length)
  for (let g = 0; g < groups; g++) {
    const members = []
    for (let m = 0; m < 4; m++)
      members.push(
        (
          await addStaffMember(w.db, w.admin, {
            regionId: c.region.id,
            kind: 'volunteer',
            name: chineseName(w.rng),
            joinedOn: w.date,
          })
        ).id,
      )
    w.planted.volunteers += 4
    await createTeam(w.db, w.admin, {
      regionId: c.region.id,
      name: `马限社区第${'一二三四五'[g]}居民小组`,
      memberIds: members,
      areaIds: c.places.filter((_, i) => i % groups === g).map((p) => p.id),
    })
  }
}
