// Posters for a region's places: one compound's, or a whole community's as one printout.
import type { Db } from '../../db/db.js'
import type { Actor } from '../auth/actor.js'
import { getRegionInScope } from '../regions/regions.service.js'
import { listAncestors } from '../regions/regions.queries.js'
import { ensureRegionPlace } from './places.service.js'
import { listPosterRegions } from './posters.queries.js'
import { posterBook, posterSvg, qrPng } from './poster.render.js'

export const residentUrl = (origin: string, code: string) => `${origin}/r/${code}`

async function posterOf(db: Db, origin: string, region: { id: string; name: string; path: string }) {
  const code = await ensureRegionPlace(db, region)
  const ancestors = await listAncestors(db, region.path)
  const within = ancestors
    .filter((a) => a.id !== region.id && a.depth > 0)
    .map((a) => a.name)
    .join(' ')
  return { code, svg: await posterSvg({ name: region.name, within, url: residentUrl(origin, code), code }) }
}

export async function regionPoster(db: Db, actor: Actor, regionId: string, origin: string) {
  const region = await getRegionInScope(db, actor, regionId)
  return posterOf(db, origin, region)
}

export async function regionQrPng(db: Db, actor: Actor, regionId: string, origin: string) {
  const region = await getRegionInScope(db, actor, regionId)
  return qrPng(residentUrl(origin, await ensureRegionPlace(db, region)))
}

/** Every compound / village under the region (a community's 20 compounds → 20 sheets). */
export async function communityPosters(db: Db, actor: Actor, regionId: string, origin: string) {
  const region = await getRegionInScope(db, actor, regionId)
  const places = await listPosterRegions(db, region.path)
  const svgs: string[] = []
  for (const place of places) svgs.push((await posterOf(db, origin, place)).svg)
  return { count: svgs.length, html: posterBook(`${region.name} 场所码海报`, svgs) }
}
