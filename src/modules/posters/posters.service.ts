// Posters for places: one compound's, village's or checkpoint's, or a whole community's as
// one printout. Services gather what a sheet says; poster.*.ts draw it.
import type { Db } from '../../db/db.js'
import { AppError, defineErrors } from '../../core/errors.js'
import type { Actor } from '../../core/actor.js'
import { getCheckpointInScope, listCheckpoints } from '../checkpoints/index.js'
import { getRegionInScope } from '../regions/index.js'
import { listAncestors } from '../regions/index.js'
import { ensurePlaceCode, ensurePlaceCodes, placeKey, type PlaceRef } from './places.service.js'
import { listSubtreeRegions } from './posters.queries.js'
import { posterBook, posterSvg, qrPng, type PosterInput } from './poster.render.js'

/** Pages in one community PDF: a street's 200 compounds fit; a district asks street by street. */
export const MAX_POSTER_PAGES = 2000

export const PosterErrors = defineErrors({
  POSTER_TOO_MANY: {
    status: 422,
    zh: '所选区划下有 {count} 个场所，超过一次最多 {max} 张海报，请按街道或社区分别下载',
    en: '{count} places here, more than {max} posters at once: download street by street or community by community',
  },
})

export type PlaceKind = 'region' | 'checkpoint'
const POSTER_REGION_TYPES = ['compound', 'natural_village', 'village']

export const residentUrl = (origin: string, code: string) => `${origin}/r/${code}`

/** 罗星街道 马限社区: the regions on the path below the top (the top is the whole area). */
function withinOf(path: string, names: Map<string, string>, selfId?: string) {
  const ids = path.split('/').filter(Boolean).slice(1)
  return ids
    .filter((id) => id !== selfId)
    .map((id) => names.get(id))
    .filter(Boolean)
    .join(' ')
}

async function ancestorNames(db: Db, path: string) {
  return new Map((await listAncestors(db, path)).map((a) => [a.id, a.name]))
}

/** What one place's poster says; its code is made the first time. */
export async function placePoster(db: Db, actor: Actor, kind: PlaceKind, id: string, origin: string) {
  let ref: PlaceRef
  let within: string
  if (kind === 'checkpoint') {
    const cp = await getCheckpointInScope(db, actor, id)
    ref = { regionId: cp.region_id, refKind: kind, refId: cp.id, name: cp.name }
    within = withinOf(cp.region_path, await ancestorNames(db, cp.region_path))
  } else {
    const region = await getRegionInScope(db, actor, id)
    ref = { regionId: region.id, refKind: kind, refId: region.id, name: region.name }
    within = withinOf(region.path, await ancestorNames(db, region.path), region.id)
  }
  const code = await ensurePlaceCode(db, ref)
  return { name: ref.name, within, code, url: residentUrl(origin, code) } satisfies PosterInput
}

export async function regionPoster(db: Db, actor: Actor, regionId: string, origin: string) {
  const input = await placePoster(db, actor, 'region', regionId, origin)
  return { code: input.code, svg: await posterSvg(input) }
}

export async function regionQrPng(db: Db, actor: Actor, regionId: string, origin: string) {
  return qrPng((await placePoster(db, actor, 'region', regionId, origin)).url)
}

/**
 * Every compound, village and checkpoint under the region, a page each, in tree order (a
 * compound, then its checkpoints). Run in a transaction: missing codes are made together.
 */
export async function communityPlaces(db: Db, actor: Actor, regionId: string, origin: string) {
  const region = await getRegionInScope(db, actor, regionId)
  const regions = await listSubtreeRegions(db, region.path)
  const places = regions.filter((r) => POSTER_REGION_TYPES.includes(r.type))
  const checkpoints = await listCheckpoints(db, actor, { regionId: region.id })
  const count = places.length + checkpoints.length
  if (count > MAX_POSTER_PAGES)
    throw new AppError(PosterErrors.POSTER_TOO_MANY, { count, max: MAX_POSTER_PAGES })

  const names = await ancestorNames(db, region.path)
  for (const r of regions) names.set(r.id, r.name)
  const pathOf = new Map(regions.map((r) => [r.id, r.path]))
  const refs: (PlaceRef & { path: string })[] = [
    ...places.map((r) => ({
      regionId: r.id,
      refKind: 'region' as const,
      refId: r.id,
      name: r.name,
      path: r.path,
    })),
    ...checkpoints.map((c) => ({
      regionId: c.regionId,
      refKind: 'checkpoint' as const,
      refId: c.id,
      name: c.name,
      path: pathOf.get(c.regionId) ?? region.path,
    })),
  ]
  const rank = (ref: PlaceRef) => (ref.refKind === 'region' ? 0 : 1)
  refs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : rank(a) - rank(b)))
  const codes = await ensurePlaceCodes(db, refs)
  const pages = refs.map((ref): PosterInput => {
    const code = codes.get(placeKey(ref.refKind, ref.refId))!
    const within = withinOf(ref.path, names, ref.refKind === 'region' ? ref.refId : undefined)
    return { name: ref.name, within, code, url: residentUrl(origin, code) }
  })
  return { title: `${region.name} 场所码海报`, regionName: region.name, pages }
}

/** A community's posters as one HTML page, one A4 sheet each (the browser prints it). */
export async function communityPosters(db: Db, actor: Actor, regionId: string, origin: string) {
  const { title, pages } = await communityPlaces(db, actor, regionId, origin)
  const svgs: string[] = []
  for (const page of pages) svgs.push(await posterSvg(page))
  return { count: svgs.length, html: posterBook(title, svgs) }
}
