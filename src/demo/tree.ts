// 马尾区 (福州): one street and three towns, their communities and villages, compounds,
// buildings and natural villages. 马限社区 (20 compounds), 新港社区 and 凯隆社区 (12
// compounds) are from the source case; the rest is made up, plausibly, and shrinks with
// the scale (the three named communities always stay).
import { apportion, apportionMin, scaled, type Rng } from './rng.js'

export interface CommunitySpec {
  name: string
  /** weight of its share of compounds (马限 20, 凯隆 12 at scale 1) */
  compounds: number
}

export interface StreetSpec {
  name: string
  type: 'street' | 'town'
  communities: CommunitySpec[]
  villages: string[]
}

const others = (names: string) => names.split(' ').map((name) => ({ name, compounds: 8 }))

export const MAWEI: StreetSpec[] = [
  {
    name: '罗星街道',
    type: 'street',
    communities: [
      { name: '马限社区', compounds: 20 },
      { name: '新港社区', compounds: 14 },
      ...others('罗星社区 君竹社区 江滨社区 青洲社区 儒江社区 沿山社区 登高山社区'),
    ],
    villages: [],
  },
  {
    name: '马尾镇',
    type: 'town',
    communities: [
      { name: '凯隆社区', compounds: 12 },
      ...others('快安社区 上岐社区 江口社区 魁岐社区 朏头社区'),
    ],
    villages: '下岐村 东岐村 儒江村 沿山村 快安村'.split(' '),
  },
  {
    name: '亭江镇',
    type: 'town',
    communities: others('亭江社区 长安社区 闽安社区'),
    villages:
      '亭头村 东街村 西边村 南般村 象洋村 长柄村 闽安村 英屿村 高岐村 康坂村 大埕村 笔架村 安民村 长安村 洋门村 敖山村 北象村 中下村 东江村'.split(
        ' ',
      ),
  },
  {
    name: '琅岐镇',
    type: 'town',
    communities: others('琅岐社区 金砂社区 海屿社区'),
    villages:
      '凤窝村 红光村 云龙村 龙台村 海屿村 金砂村 衙前村 吴庄村 雁行村 东埔村 下歧村 上歧村 农丰村 北山村 衙后村 东升村 新坞村 汶岐村 光辉村 星光村 上岐村 山下村 南垱村 后岐村 江边村'.split(
        ' ',
      ),
  },
]

export const NAMED = ['马限社区', '新港社区', '凯隆社区']

const COMPOUND_WORDS = ['花园', '小区', '新村', '公寓', '苑', '家园', '佳园', '大厦']
const COMPOUND_STEMS = [...'江滨海景闽江福港马江船政罗星君竹青洲儒江登高天马亭江长安凯隆名城阳光世纪东方金色']
const NATURAL_SUFFIX = ['自然村', '厝', '里', '洋', '坑', '头', '墩', '下']

/** One place that holds households: a building of a compound, or a natural village. */
export interface HouseholdPlace {
  key: string
  kind: 'building' | 'natural_village'
  name: string
  households: number
}

export interface CompoundPlan {
  name: string
  buildings: HouseholdPlace[]
}

export interface CommunityPlan {
  name: string
  kind: 'community' | 'village'
  compounds: CompoundPlan[]
  naturalVillages: HouseholdPlace[]
}

export interface StreetPlan {
  name: string
  type: 'street' | 'town'
  communities: CommunityPlan[]
  roadCheckpoints: number
}

export interface TreePlan {
  streets: StreetPlan[]
  households: number
}

const HOUSEHOLDS_PER_BUILDING = 12

/** The district at `scale`: 21 communities, 49 villages, 191 compounds, 191 natural villages at 1. */
export function planTree(scale: number, households: number, rng: Rng): TreePlan {
  const communities = MAWEI.flatMap((s) => s.communities.map((c) => ({ street: s.name, ...c })))
  const keepCommunities = Math.max(NAMED.length, scaled(communities.length, scale))
  const kept = [
    ...communities.filter((c) => NAMED.includes(c.name)),
    ...communities.filter((c) => !NAMED.includes(c.name)),
  ].slice(0, keepCommunities)
  const villages = MAWEI.flatMap((s) => s.villages.map((name) => ({ street: s.name, name })))
  const keptVillages = villages.slice(0, Math.max(1, scaled(villages.length, scale)))
  const compoundCount = Math.max(kept.length, scaled(191, scale))
  const naturalCount = Math.max(keptVillages.length, scaled(191, scale))
  const perCommunity = apportionMin(
    compoundCount,
    kept.map((c) => c.compounds),
    1,
  )
  const perVillage = apportionMin(
    naturalCount,
    keptVillages.map(() => 1),
    1,
  )
  // about two thirds of the households live in compounds, a third in the villages
  const [inCompounds, inVillages] = apportion(households, [2, 1])
  const compoundHouseholds = apportionMin(
    inCompounds,
    Array(compoundCount)
      .fill(1)
      .map(() => rng.int(6, 14)),
    1,
  )
  const villageHouseholds = apportionMin(
    inVillages,
    Array(naturalCount)
      .fill(1)
      .map(() => rng.int(5, 12)),
    1,
  )
  const roads = apportion(scaled(61, scale), [15, 16, 14, 16])
  let ci = 0
  let vi = 0
  let key = 0
  const streets: StreetPlan[] = MAWEI.map((s, si) => ({
    name: s.name,
    type: s.type,
    roadCheckpoints: roads[si],
    communities: [],
  }))
  kept.forEach((c, i) => {
    const compounds: CompoundPlan[] = []
    for (let k = 0; k < perCommunity[i]; k++) {
      const h = compoundHouseholds[ci++]
      const n = Math.min(12, Math.max(1, Math.ceil(h / HOUSEHOLDS_PER_BUILDING)))
      const parts = apportionMin(h, Array(n).fill(1), 1)
      const name = `${rng.pick(COMPOUND_STEMS)}${rng.pick(COMPOUND_STEMS)}${rng.pick(COMPOUND_WORDS)}`
      compounds.push({
        name: `${name}${k + 1}期`,
        buildings: parts.map((households, b) => ({
          key: `b${key++}`,
          kind: 'building',
          name: `${b + 1}号楼`,
          households,
        })),
      })
    }
    streets
      .find((s) => s.name === c.street)!
      .communities.push({
        name: c.name,
        kind: 'community',
        compounds,
        naturalVillages: [],
      })
  })
  keptVillages.forEach((v, i) => {
    const naturalVillages: HouseholdPlace[] = []
    for (let k = 0; k < perVillage[i]; k++)
      naturalVillages.push({
        key: `n${key++}`,
        kind: 'natural_village',
        name: `${v.name.slice(0, -1)}${rng.pick(NATURAL_SUFFIX)}${k + 1}`,
        households: villageHouseholds[vi++],
      })
    streets
      .find((s) => s.name === v.street)!
      .communities.push({
        name: v.name,
        kind: 'village',
        compounds: [],
        naturalVillages,
      })
  })
  return { streets, households }
}
