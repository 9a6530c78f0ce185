// 第一天: the district's tree, the accounts of everyone who works in the replay, and the
// risk-area list. All through the regions, users and risk-area services.
import type { Trx } from '../../db/db.js'
import type { Actor } from '../../core/actor.js'
import type { Role } from '../../core/permissions.js'
import { changeOwnPassword, createUser } from '../../modules/auth/index.js'
import { generatePassword } from '../../modules/auth/index.js'
import { createRegion, updateRegion } from '../../modules/regions/index.js'
import type { Region } from '../../modules/regions/index.js'
import { createRiskArea } from '../../modules/risk-areas/index.js'
import { chineseName } from '../identity.js'
import { NAMED, planTree, type TreePlan } from '../tree.js'
import type { World } from '../world.js'

const db = (w: World) => w.db as unknown as Trx

const PINYIN: Record<string, string> = {
  罗星街道: 'luoxing',
  马尾镇: 'maweizhen',
  亭江镇: 'tingjiang',
  琅岐镇: 'langqi',
  马限社区: 'maxian',
  新港社区: 'xingang',
  凯隆社区: 'kailong',
}

export async function createAccount(
  w: World,
  by: Actor,
  input: { username: string; role: Role; region: Region; name?: string; show?: boolean },
): Promise<Actor> {
  // the printed accounts get one of their own below; the hundreds of others share one
  const { user, oneTimePassword } = await createUser(
    w.db,
    by,
    {
      username: input.username,
      displayName: input.name ?? chineseName(w.rng),
      role: input.role,
      scopeRegionId: input.region.id,
    },
    { prepared: input.show ? undefined : w.staffPassword },
  )
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scopeRegionId: input.region.id,
    scopePath: input.region.path,
  }
  w.accounts.push({
    actor,
    role: input.role,
    username: user.username,
    scopeName: input.region.name,
    oneTimePassword: oneTimePassword!, // made by the server console: a printed one
    show: input.show ?? false,
  })
  return actor
}

/** The accounts in the printed table get a password of their own (no change forced at first sign-in). */
export async function setDemoPasswords(w: World) {
  for (const a of w.accounts.filter((x) => x.show)) {
    const password = `Mw2020-${generatePassword().slice(0, 10)}`
    await changeOwnPassword(w.db, a.actor, a.oneTimePassword, password)
    a.password = password
  }
}

export async function buildDistrict(w: World, system: Actor): Promise<TreePlan> {
  const tree = planTree(w.plan.scale, w.plan.households, w.rng)
  w.top = await updateRegion(db(w), system, system.scopeRegionId, { name: '马尾区', code: '350105' })
  const admin = { ...system, scopePath: w.top.path }
  w.admin = await createAccount(w, admin, {
    username: 'mawei_admin',
    role: 'admin',
    region: w.top,
    name: '区指挥部值班员',
    show: true,
  })
  w.press = await createAccount(w, admin, {
    username: 'mawei_press',
    role: 'admin',
    region: w.top,
    name: '区指挥部宣传组',
  })
  for (const [si, s] of tree.streets.entries()) {
    const region = await createRegion(db(w), w.admin, { parentId: w.top.id, name: s.name, type: s.type })
    const py = PINYIN[s.name]
    const ref = {
      name: s.name,
      region,
      officer: await createAccount(w, w.admin, {
        username: `${py}_officer`,
        role: 'street_officer',
        region,
        show: si === 0,
      }),
      medic: await createAccount(w, w.admin, {
        username: `${py}_medic`,
        role: 'medic',
        region,
        show: si === 0,
      }),
      worker: await createAccount(w, w.admin, { username: `${py}_worker`, role: 'community_worker', region }),
      grid: [
        await createAccount(w, w.admin, { username: `${py}_grid1`, role: 'grid_member', region }),
        await createAccount(w, w.admin, { username: `${py}_grid2`, role: 'grid_member', region }),
      ],
    }
    w.streets.push(ref)
    for (const c of s.communities) {
      const cr = await createRegion(db(w), w.admin, { parentId: region.id, name: c.name, type: c.kind })
      const places: Region[] = []
      for (const compound of c.compounds) {
        const comp = await createRegion(db(w), w.admin, {
          parentId: cr.id,
          name: compound.name,
          type: 'compound',
        })
        places.push(comp)
        for (const b of compound.buildings) {
          const br = await createRegion(db(w), w.admin, { parentId: comp.id, name: b.name, type: 'building' })
          addHouseholds(w, b.households, br, comp, `${compound.name}${b.name}`, si, c.name, 'room')
        }
      }
      for (const nv of c.naturalVillages) {
        const nr = await createRegion(db(w), w.admin, {
          parentId: cr.id,
          name: nv.name,
          type: 'natural_village',
        })
        places.push(nr)
        addHouseholds(w, nv.households, nr, nr, nv.name, si, c.name, 'number')
      }
      if (w.communities.has(c.name)) throw new Error(`two communities named ${c.name}`)
      w.communities.set(c.name, { name: c.name, region: cr, streetIdx: si, kind: c.kind, places })
      if (NAMED.includes(c.name)) {
        const py = PINYIN[c.name]
        w.communityWorkers.set(
          c.name,
          await createAccount(w, w.admin, {
            username: `${py}_worker`,
            role: 'community_worker',
            region: cr,
            show: c.name === '马限社区',
          }),
        )
        if (c.name === '马限社区')
          await createAccount(w, w.admin, {
            username: 'maxian_grid',
            role: 'grid_member',
            region: cr,
            show: true,
          })
      }
    }
  }
  // 心理援助专家组: four experts staff the 24 h hotline from 9 Feb
  for (let i = 1; i <= 4; i++)
    w.experts.push(
      await createAccount(w, w.admin, {
        username: `expert${i}`,
        role: 'social_worker',
        region: w.top,
        show: i === 1,
      }),
    )
  w.liaison = await createAccount(w, w.admin, {
    username: 'qiye_liaison',
    role: 'enterprise_liaison',
    region: w.streets[1].region,
    show: true,
  })
  await createRiskArea(db(w), w.admin, {
    name: '湖北',
    aliases: ['湖北省', '武汉', '武汉市'],
    fromDate: w.moved('2020-01-08'),
    observationDays: 14,
  })
  return tree
}

/** Households of one building or natural village: addresses only; the people come with them. */
function addHouseholds(
  w: World,
  count: number,
  region: Region,
  place: Region,
  label: string,
  streetIdx: number,
  community: string,
  style: 'room' | 'number',
) {
  for (let k = 0; k < count; k++) {
    const address =
      style === 'room' ? `${label}${Math.floor(k / 2) + 1}0${(k % 2) + 1}室` : `${label}${k + 1}号`
    w.households.push({
      key: `${region.id}:${k}`,
      regionId: region.id,
      placeId: place.id,
      address,
      streetIdx,
      community,
      members: [],
    })
  }
}
