// What the replay knows while it runs: the regions it made, the accounts it acts as, the
// people it planned, and what it has planted so far (the figures the report must show).
import type { Db } from '../db/db.js'
import type { Actor } from '../core/actor.js'
import type { Role } from '../core/permissions.js'
import type { PreparedPassword } from '../modules/auth/index.js'
import type { Region } from '../modules/regions/index.js'
import { setClock } from '../core/clock.js'
import { addDays, localInstant } from '../shared/days.js'
import { IdentityMaker } from './identity.js'
import { dayOf, type Plan } from './plan.js'
import { Rng } from './rng.js'

export interface Person {
  /** registry id, once registered */
  id?: string
  name: string
  doc: string
  phone: string | null
  streetIdx: number
  community: string
  regionId: string
  address: string
  householdKey: string
  seenOnDay?: number
  /** found to have come from a risk area: the day they are filed and where from */
  keyPerson?: { day: number; fromPlace: string; arrival: string; via: 'door' | 'self' }
  observationId?: string
}

export interface Household {
  key: string
  regionId: string
  /** the compound or natural village: its poster is where residents declare */
  placeId: string
  address: string
  streetIdx: number
  community: string
  members: Person[]
  id?: string
}

export interface CommunityRef {
  name: string
  region: Region
  streetIdx: number
  kind: 'community' | 'village'
  /** compounds and natural villages: where checkpoints and posters are */
  places: Region[]
}

export interface Account {
  actor: Actor
  role: Role
  username: string
  scopeName: string
  oneTimePassword: string
  password?: string
  show: boolean
}

export interface Planted {
  people_screened: number
  phone_numbers_screened: number
  phone_numbers_reached: number
  key_persons_filed: number
  checkpoints: { village: number; community: number; road: number; compound: number }
  observation: { cumulative: number; released: number; current: number }
  care: { households: number; times: number }
  social_work: { offline: number; phone: number; online: number; beneficiaries: number }
  party_members: number
  dispatched_cadres: number
  volunteers: number
  social_workers: number
  medics: number
  hotline_calls: number
  publicity: {
    banners: number
    slogans: number
    householdsVisited: number
    peopleReached: number
    posts: number
    articles: number
    chatGroups: number
  }
}

export const emptyPlanted = (): Planted => ({
  people_screened: 0,
  phone_numbers_screened: 0,
  phone_numbers_reached: 0,
  key_persons_filed: 0,
  checkpoints: { village: 0, community: 0, road: 0, compound: 0 },
  observation: { cumulative: 0, released: 0, current: 0 },
  care: { households: 0, times: 0 },
  social_work: { offline: 0, phone: 0, online: 0, beneficiaries: 0 },
  party_members: 0,
  dispatched_cadres: 0,
  volunteers: 0,
  social_workers: 0,
  medics: 0,
  hotline_calls: 0,
  publicity: {
    banners: 0,
    slogans: 0,
    householdsVisited: 0,
    peopleReached: 0,
    posts: 0,
    articles: 0,
    chatGroups: 0,
  },
})

export interface StreetRef {
  name: string
  region: Region
  officer: Actor
  medic: Actor
  worker: Actor
  grid: Actor[]
}

export class World {
  readonly rng: Rng
  readonly ids: IdentityMaker
  top!: Region
  streets: StreetRef[] = []
  communities = new Map<string, CommunityRef>()
  /** community name → its own community worker (the named communities have one) */
  communityWorkers = new Map<string, Actor>()
  households: Household[] = []
  people: Person[] = []
  accounts: Account[] = []
  /** the password the accounts not printed one by one share (hashed once, changed at first sign-in) */
  staffPassword?: PreparedPassword
  admin!: Actor
  /** 宣传干事: drafts the district's notices, the command centre approves them */
  press?: Actor
  experts: Actor[] = []
  liaison?: Actor
  checkpoints: {
    id: string
    type: string
    regionId: string
    streetIdx: number
    duty: Actor
    fromDay: number
  }[] = []
  sweeps1 = new Map<string, string>()
  sweeps2 = new Map<string, string>()
  observations: {
    id: string
    person: Person
    startDay: number
    streetIdx: number
    fevers: Set<number>
    missed: Set<number>
    extendOn?: number
    released?: number
  }[] = []
  /** what has been planted so far; reached numbers and distinct people seen are counted as they happen */
  planted = emptyPlanted()
  seen = new Set<string>()
  day = 0
  /** service calls so far, for the progress line */
  ops = 0
  date = ''

  constructor(
    public db: Db,
    readonly plan: Plan,
    readonly timeZone: string,
    readonly dataDir: string,
    seed: number,
    /** the issuer of the passes the demo's residents receive */
    readonly passSettings: { deploymentId: string; feverThreshold: number } = {
      deploymentId: 'lianfang',
      feverThreshold: 37.3,
    },
    /** days added to every date of the 2020 timeline (--shift-to-today); 0 keeps 2020 */
    readonly shift = 0,
  ) {
    this.rng = new Rng(seed)
    this.ids = new IdentityMaker(new Rng(seed * 7 + 1))
  }

  /** The replay's day `i` (0 = 23 Jan 2020), moved by the shift. */
  dayOf(i: number): string {
    return addDays(dayOf(i), this.shift)
  }

  /** A date of the 2020 source case (a risk area's start, an arrival), moved by the shift. */
  moved(date: string): string {
    return addDays(date, this.shift)
  }

  /** Moves the one clock to `hour` (local, fractional) of the day being replayed. */
  at(hour: number): void {
    this.ops++
    setClock(localInstant(this.date, hour, this.timeZone))
  }

  street(idx: number): StreetRef {
    return this.streets[idx]
  }

  /** The community worker for an observation team: the community's own, or the street's. */
  workerFor(p: { community: string; streetIdx: number }): Actor {
    return this.communityWorkers.get(p.community) ?? this.streets[p.streetIdx].worker
  }
}
