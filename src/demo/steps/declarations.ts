// 健康申报 on the poster of a compound or village (no account): returnees from a risk area
// declare themselves and are filed as key persons; ordinary residents declare and get a
// green pass to show at the gate.
import { declareAsResident } from '../../modules/declarations/index.js'
import { findPersonByDocument } from '../../modules/people/index.js'
import { ensurePlaceCode } from '../../modules/posters/index.js'
import { WENZHOU_AREAS, WUHAN_AREAS } from '../identity.js'
import type { Person, World } from '../world.js'
import { newPerson } from './residents.js'
import { travelFor } from './sweeps.js'

const codes = new Map<string, string>()

async function placeCode(w: World, regionId: string) {
  let code = codes.get(regionId)
  if (!code) {
    code = await ensurePlaceCode(w.db, { regionId, refKind: 'region', refId: regionId, name: '' })
    codes.set(regionId, code)
  }
  return code
}

export const resetPlaceCodes = () => codes.clear()

/** `count` returnees declare today; each is filed as a key person. Returns them. */
export async function selfDeclare(w: World, count: number): Promise<Person[]> {
  const out: Person[] = []
  for (let k = 0; k < count; k++) {
    w.at(8 + (12 * k) / Math.max(1, count))
    const host = w.rng.pick(w.households)
    const t = travelFor(w, w.day)
    const area = t.wenzhou ? WENZHOU_AREAS : WUHAN_AREAS
    const p = newPerson(w, host, { areas: w.rng.chance(0.5) ? area : undefined })
    p.phone ??= w.ids.mobile('registry')
    p.regionId = host.placeId
    p.address = `${host.address.replace(/\d+0\d室$|\d+号$/, '')}租住${w.rng.int(1, 60)}号`
    p.householdKey = `self:${p.doc}`
    const res = await declareAsResident(
      w.db,
      {
        placeCode: await placeCode(w, host.placeId),
        name: p.name,
        docType: 'id_card',
        docNumber: p.doc,
        phone: p.phone,
        address: p.address,
        residenceType: 'temporary',
        travel: { fromPlace: t.fromPlace, arrivalDate: t.arrival },
        symptoms: [],
        temperature: 36.4 + Math.round(w.rng.next() * 6) / 10,
        contactWithCases: false,
      },
      w.passSettings,
    )
    if ('codeRejected' in res || !res.keyPerson)
      throw new Error(`declaration from ${t.fromPlace} on ${t.arrival} filed no key person`)
    p.id = (await findPersonByDocument(w.db, w.admin, p.doc))!.id
    p.keyPerson = { day: w.day, fromPlace: t.fromPlace, arrival: t.arrival, via: 'self' }
    w.people.push(p)
    out.push(p)
  }
  return out
}

let nextResident = 0

/** Ordinary residents on the roster declare (no travel) and receive a pass. */
export async function residentsDeclare(w: World, count: number) {
  for (let k = 0; k < count && nextResident < w.people.length; nextResident++) {
    const p = w.people[(nextResident * 7919) % w.people.length]
    if (!p.id || !p.phone || p.keyPerson) continue
    w.at(7 + (13 * k) / Math.max(1, count))
    const h = w.households.find((x) => x.key === p.householdKey)
    if (!h) continue
    await declareAsResident(
      w.db,
      {
        placeCode: await placeCode(w, h.placeId),
        name: p.name,
        docType: 'id_card',
        docNumber: p.doc,
        phone: p.phone,
        travel: null,
        symptoms: [],
        temperature: 36.2 + Math.round(w.rng.next() * 8) / 10,
        contactWithCases: false,
      },
      w.passSettings,
    )
    k++
  }
}

export const resetResidents = () => void (nextResident = 0)
