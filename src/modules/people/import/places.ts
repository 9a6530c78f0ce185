// 地址解析: the street / community / compound / building names of a roster row, found by
// name under the import's root region (always inside the actor's scope). With
// --create-regions the missing ones are made, as on day one a community often has nothing
// but its spreadsheet. Answers are cached: a roster names a few hundred places at most.
import type { Db } from '../../../db/db.js'
import { AppError } from '../../../core/errors.js'
import type { Actor } from '../../../core/actor.js'
import { listAncestors, searchRegions, type Region, type RegionType } from '../../regions/index.js'
import { createRegion, regionChildren } from '../../regions/index.js'
import type { ImportField } from './fields.js'

export interface PlaceNames {
  street: string
  community: string
  compound: string
  building: string
  room: string
}

export type Place =
  | { regionId: string; address: string | null }
  | { error: { field: ImportField; code: string; details: Record<string, unknown> } }

type Level = 'street' | 'community' | 'compound' | 'building'
const LEVELS: Level[] = ['street', 'community', 'compound', 'building']

/** Types a name at this level may have; the first one that fits the name is used to create it. */
const TYPES: Record<Level, RegionType[]> = {
  street: ['street', 'town'],
  community: ['community', 'village'],
  compound: ['compound', 'natural_village'],
  building: ['building'],
}

const LEVEL_ZH: Record<Level, string> = {
  street: '街道/乡镇',
  community: '社区/村',
  compound: '小区',
  building: '楼栋',
}

function typeToCreate(level: Level, name: string): RegionType {
  if (level === 'street') return /[镇乡]$/.test(name) ? 'town' : 'street'
  if (level === 'community') return /村$/.test(name) ? 'village' : 'community'
  if (level === 'compound') return /村$/.test(name) ? 'natural_village' : 'compound'
  return 'building'
}

const CACHE_LIMIT = 50_000

/** `resolve` runs inside the caller's batch transaction: regions it creates commit with the batch. */
export function createPlaceResolver(actor: Actor, root: Region, createRegions: boolean) {
  const children = new Map<string, Map<string, Region>>()
  const answers = new Map<string, Place>()
  let created = 0
  let aboveRoot: Region[] | undefined

  /** The file may name the import's own area or those above it (社区 = the worker's community). */
  async function isRootOrAbove(db: Db, level: Level, name: string) {
    aboveRoot ??= await listAncestors(db, root.path)
    return aboveRoot.some((r) => r.name === name && TYPES[level].includes(r.type))
  }

  async function childNamed(db: Db, parent: Region, name: string): Promise<Region | undefined> {
    let byName = children.get(parent.id)
    if (!byName) {
      byName = new Map((await regionChildren(db, actor, parent.id)).map((r) => [r.name, r as Region]))
      children.set(parent.id, byName)
    }
    return byName.get(name)
  }

  /** A level may be skipped in the file (小区 only): then a unique match deeper down will do. */
  async function descendantNamed(db: Db, parent: Region, level: Level, name: string) {
    const found = (await searchRegions(db, parent.path, name, 50)).filter(
      (r) => r.name === name && TYPES[level].includes(r.type) && r.id !== parent.id,
    )
    return found.length === 1 ? found[0] : undefined
  }

  async function make(db: Db, parent: Region, level: Level, name: string): Promise<Region> {
    const region = await createRegion(db, actor, {
      parentId: parent.id,
      name,
      type: typeToCreate(level, name),
    })
    children.get(parent.id)?.set(name, region)
    created++
    return region
  }

  async function walk(db: Db, names: PlaceNames): Promise<Place> {
    let node = root
    let address = names.room || null
    for (const level of LEVELS) {
      const name = names[level]
      if (!name || (node === root && (await isRootOrAbove(db, level, name)))) continue
      const found = (await childNamed(db, node, name)) ?? (await descendantNamed(db, node, level, name))
      if (found) {
        node = found
        continue
      }
      // Buildings are often not in the tree: without --create-regions they stay address text.
      if (level === 'building' && !createRegions) {
        address = `${name}${names.room}`
        break
      }
      if (!createRegions)
        return {
          error: { field: level, code: 'IMPORT_PLACE_NOT_FOUND', details: { level: LEVEL_ZH[level], name } },
        }
      try {
        node = await make(db, node, level, name)
      } catch (e) {
        if (!(e instanceof AppError)) throw e
        return {
          error: { field: level, code: e.code, details: { ...e.details, level: LEVEL_ZH[level], name } },
        }
      }
    }
    return { regionId: node.id, address }
  }

  return {
    async resolve(db: Db, names: PlaceNames): Promise<Place> {
      const key = `${names.street}\u0000${names.community}\u0000${names.compound}\u0000${names.building}`
      const cached = answers.get(key)
      const base = cached ?? (await walk(db, { ...names, room: '' }))
      if (!cached) {
        if (answers.size > CACHE_LIMIT) answers.clear()
        answers.set(key, base)
      }
      if ('error' in base) return base
      // the room is per person; the cached answer holds what the building turned into
      const address = base.address ? `${base.address}${names.room}` : names.room || null
      return { regionId: base.regionId, address }
    },
    regionsCreated: () => created,
  }
}
