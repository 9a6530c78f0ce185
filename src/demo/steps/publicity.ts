// 宣传: notices drafted by a community worker, approved by the street officer and published
// (the letter to residents, the "eleven musts", protection knowledge, rumour refutation,
// good examples); and the daily publicity log — 马限社区 reaches the source case's totals,
// 新港社区 sets up 80 owners' chat groups.
import type { Actor } from '../../core/actor.js'
import { recordActivity, type PublicityFigures } from '../../modules/publicity/index.js'
import { approveNotice, draftNotice, publishNotice } from '../../modules/publicity/index.js'
import type { NoticeKind } from '../../modules/publicity/index.js'
import { DAYS, SOURCE } from '../plan.js'
import { apportion, scaled } from '../rng.js'
import type { World } from '../world.js'

const NOTICES: {
  day: number
  kind: NoticeKind
  title: string
  body: string
  level: 'district' | 'community'
}[] = [
  {
    day: 0,
    kind: 'command',
    title: '关于做好新型冠状病毒感染的肺炎疫情防控工作的通告',
    body: '全区启动疫情防控应急响应，各街镇、社区（村）立即开展排查。',
    level: 'district',
  },
  {
    day: 1,
    kind: 'letter',
    title: '致全体居民的一封信',
    body: '请近期从湖北等地返回的居民主动向社区报告，居家观察14天，每日两次测量体温。',
    level: 'community',
  },
  {
    day: 3,
    kind: 'knowledge',
    title: '居家防护知识：正确佩戴口罩、勤洗手',
    body: '外出佩戴口罩，回家先洗手；保持室内通风；不聚集、不串门。',
    level: 'community',
  },
  {
    day: 5,
    kind: 'rumour',
    title: '辟谣：“喝高度白酒可以预防新冠病毒”不实',
    body: '饮酒不能预防病毒感染，请以官方发布的信息为准。',
    level: 'district',
  },
  {
    day: 9,
    kind: 'rules',
    title: '小区封闭管理“十一个必须”',
    body: '一、必须设置唯一出入口；二、必须测量体温；三、必须登记身份；……十一、必须做好环境消杀。',
    level: 'district',
  },
  {
    day: 12,
    kind: 'command',
    title: '关于实行小区（村）封闭式管理的通告',
    body: '自即日起全区小区、村庄实行封闭式管理，凭通行码出入。',
    level: 'district',
  },
  {
    day: 17,
    kind: 'knowledge',
    title: '心理援助热线开通：24小时免费服务',
    body: '区心理援助专家组开通24小时免费心理援助热线，欢迎有需要的居民来电。',
    level: 'district',
  },
  {
    day: 20,
    kind: 'story',
    title: '暖心人：为隔离家庭送菜上门的志愿者',
    body: '社区志愿者每天为居家观察家庭采购生活物资，送到门口。',
    level: 'community',
  },
  {
    day: 24,
    kind: 'letter',
    title: '致返岗复工人员的一封信',
    body: '返岗人员请提前通过小区海报二维码健康申报，领取通行码。',
    level: 'community',
  },
  {
    day: 28,
    kind: 'rumour',
    title: '辟谣：“小区出现确诊病例”系谣言',
    body: '经核实，该消息不实，请勿传播。',
    level: 'community',
  },
  {
    day: 33,
    kind: 'story',
    title: '下沉干部和党员在卡点的24小时',
    body: '来自60多个单位的下沉干部与社区党员一起守好每一个卡点。',
    level: 'district',
  },
  {
    day: 38,
    kind: 'knowledge',
    title: '复工复产企业防护指引',
    body: '企业须建立员工健康台账，新员工通行码为绿码方可上岗。',
    level: 'district',
  },
]

export async function publishNotices(w: World) {
  for (const n of NOTICES.filter((x) => x.day === w.day)) {
    w.at(9)
    const targets =
      n.level === 'district'
        ? [{ region: w.top, author: w.press!, approver: w.admin, publisher: w.admin }]
        : [...w.communities.values()]
            .filter((c) => c.kind === 'community')
            .slice(0, 6)
            .map((c) => {
              const s = w.street(c.streetIdx)
              return {
                region: c.region,
                author: w.workerFor({ community: c.name, streetIdx: c.streetIdx }),
                approver: s.officer,
                publisher: s.officer,
              }
            })
    for (const t of targets) {
      const draft = await draftNotice(w.db, t.author, {
        regionId: t.region.id,
        kind: n.kind,
        title: n.title,
        body: n.body,
      })
      w.at(10)
      await approveNotice(w.db, t.approver, draft.id)
      await publishNotice(w.db, t.publisher, draft.id)
    }
  }
}

type Figures = PublicityFigures
const KEYS: (keyof Figures)[] = [
  'banners',
  'slogans',
  'householdsVisited',
  'peopleReached',
  'posts',
  'articles',
  'chatGroups',
]

/** Per community, per day: what each figure adds up to by 5 March. */
export function planPublicity(w: World) {
  const s = w.plan.scale
  const p = SOURCE.publicity
  const totals = new Map<string, Figures>()
  const zero = (): Figures => ({
    banners: 0,
    slogans: 0,
    householdsVisited: 0,
    peopleReached: 0,
    posts: 0,
    articles: 0,
    chatGroups: 0,
  })
  totals.set('马限社区', {
    ...zero(),
    banners: scaled(p.banners, s),
    slogans: scaled(p.slogans, s),
    householdsVisited: scaled(p.householdsVisited, s),
    peopleReached: scaled(p.peopleReached, s),
    posts: scaled(p.posts, s),
    articles: scaled(p.articles, s),
  })
  totals.set('新港社区', {
    ...zero(),
    banners: scaled(30, s),
    posts: scaled(60, s),
    chatGroups: scaled(SOURCE.chatGroups, s),
  })
  for (const c of w.communities.values())
    if (!totals.has(c.name))
      totals.set(c.name, {
        ...zero(),
        banners: w.rng.int(5, 30),
        slogans: w.rng.int(50, 600),
        posts: w.rng.int(5, 40),
      })
  const byDay = new Map<number, { community: string; figures: Figures }[]>()
  for (const [community, t] of totals) {
    const split = KEYS.map((k) =>
      apportion(
        t[k],
        Array.from({ length: DAYS - 1 }, (_, d) => (k === 'chatGroups' ? (d < 6 ? 1 : 0) : 1 + Math.sin(d))),
      ),
    )
    for (let d = 1; d < DAYS; d++) {
      const figures = Object.fromEntries(KEYS.map((k, i) => [k, split[i][d - 1]])) as unknown as Figures
      if (KEYS.every((k) => figures[k] === 0)) continue
      byDay.set(d, [...(byDay.get(d) ?? []), { community, figures }])
    }
  }
  return byDay
}

export async function logPublicity(w: World, plan: ReturnType<typeof planPublicity>) {
  for (const { community, figures } of plan.get(w.day) ?? []) {
    w.at(18)
    const c = w.communities.get(community)!
    const by: Actor = w.workerFor({ community, streetIdx: c.streetIdx })
    await recordActivity(w.db, by, { regionId: c.region.id, date: w.date, ...figures })
    for (const k of KEYS) w.planted.publicity[k] += figures[k]
  }
}
