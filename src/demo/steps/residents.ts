// 居民登记: the existing roster (户籍 and 暂住 records the communities already kept) is
// loaded on the first day through the roster import's batch writer, 1,000 rows a batch.
import { blindIndex } from '../../crypto/pii.js'
import { inTransaction } from '../../db/db.js'
import { writeBatch, type HouseholdCache, type PlacedRow } from '../../modules/people/index.js'
import { findPeopleByDocIndexes } from '../../modules/people/index.js'
import { getPersonInScope } from '../../modules/people/index.js'
import type { PlaceNames } from '../../modules/people/index.js'
import { birthDateOfResidentId, sexOfResidentId } from '../../shared/identity.js'
import { chineseName } from '../identity.js'
import { apportionMin } from '../rng.js'
import type { Household, Person, World } from '../world.js'

const NO_PLACES = { street: '', community: '', compound: '', building: '', room: '' } satisfies PlaceNames

export function newPerson(
  w: World,
  h: Household,
  opts: { areas?: readonly string[]; surname?: string } = {},
): Person {
  const doc = w.ids.residentId(opts.areas)
  const adult = Number(doc.slice(6, 10)) <= 2004
  const name = opts.surname ? opts.surname + chineseName(w.rng).slice(1) : chineseName(w.rng)
  return {
    name,
    doc,
    phone: adult && w.rng.chance(0.92) ? w.ids.mobile('registry') : null,
    streetIdx: h.streetIdx,
    community: h.community,
    regionId: h.regionId,
    address: h.address,
    householdKey: h.key,
  }
}

/** Plans the roster: `plan.roster` people over the households, a family name each. */
export function planRoster(w: World) {
  const sizes = apportionMin(
    w.plan.roster,
    w.households.map(() => w.rng.int(1, 5)),
    1,
  )
  w.households.forEach((h, i) => {
    const surname = chineseName(w.rng)[0]
    for (let k = 0; k < sizes[i]; k++) {
      const p = newPerson(w, h, { surname: k < 2 || w.rng.chance(0.7) ? surname : undefined })
      h.members.push(p)
      w.people.push(p)
    }
  })
}

const toRow = (p: Person, rowNo: number, residenceType: 'registered' | 'temporary'): PlacedRow => ({
  row: {
    rowNo,
    name: p.name,
    docType: 'id_card',
    doc: p.doc,
    docBidx: blindIndex('doc', p.doc),
    phone: p.phone,
    sex: sexOfResidentId(p.doc),
    birthDate: birthDateOfResidentId(p.doc),
    residenceType,
    workplace: null,
    places: NO_PLACES,
  },
  regionId: p.regionId,
  address: p.address,
})

/** Writes the roster in batches (one transaction each) and learns every person's id. */
export async function registerRoster(w: World, onBatch: (done: number) => void) {
  const households: HouseholdCache = new Map()
  const people = w.people
  for (let i = 0; i < people.length; i += 1000) {
    const slice = people.slice(i, i + 1000)
    const rows = slice.map((p, k) => toRow(p, i + k + 2, w.rng.chance(0.85) ? 'registered' : 'temporary'))
    await inTransaction(w.db, async (trx) => {
      await writeBatch(trx, w.admin, rows, households)
      const found = new Map(
        (
          await findPeopleByDocIndexes(
            trx,
            rows.map((r) => r.row.docBidx),
          )
        ).map((f) => [f.doc_bidx, f]),
      )
      rows.forEach((r, k) => {
        const f = found.get(r.row.docBidx)!
        slice[k].id = f.id
      })
    })
    onBatch(Math.min(people.length, i + 1000))
  }
  const byKey = new Map(w.households.map((h) => [h.key, h]))
  for (const p of people) {
    const h = byKey.get(p.householdKey)!
    h.id ??= await householdId(w, p.id!)
  }
}

async function householdId(w: World, personId: string) {
  return (await getPersonInScope(w.db, w.admin, personId)).household_id!
}
