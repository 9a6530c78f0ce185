// 排查发现: what a door visit or a call taught us about one person. Kept here as the
// campaign's record; the declaration and key-person filing go through findings.link.ts.
import { randomUUID } from 'node:crypto'
import type { Db } from '../../db/db.js'
import { nowIso } from '../../db/db.js'
import { now } from '../../core/clock.js'
import type { Actor } from '../../core/actor.js'
import type { FindingInput } from './campaigns.schema.js'
import { submitScreeningDeclaration } from './findings.link.js'

export interface FindingContext {
  campaignId: string
  source: 'sweep' | 'call'
  sourceId: string
  personId: string | null
  regionId: string
}

export async function recordFinding(db: Db, actor: Actor, ctx: FindingContext, input: FindingInput) {
  const id = randomUUID()
  const symptoms = [...new Set(input.symptoms ?? [])]
  const link = ctx.personId
    ? await submitScreeningDeclaration(db, actor, {
        personId: ctx.personId,
        regionId: ctx.regionId,
        fromPlace: input.fromPlace?.trim() || null,
        arrivalDate: input.arrivalDate ?? null,
        symptoms,
      })
    : { declarationId: null, keyPersons: 0 }
  await db
    .insertInto('screening_finding')
    .values({
      id,
      campaign_id: ctx.campaignId,
      source: ctx.source,
      source_id: ctx.sourceId,
      region_id: ctx.regionId,
      person_id: ctx.personId,
      current_place: input.currentPlace?.trim() || null,
      from_place: input.fromPlace?.trim() || null,
      arrival_date: input.arrivalDate ?? null,
      symptoms: symptoms.length ? JSON.stringify(symptoms) : null,
      note: input.note?.trim() || null,
      declaration_id: link.declarationId,
      key_persons: link.keyPersons,
      created_by: actor.userId,
      at: nowIso(now),
    })
    .execute()
  return { id, personId: ctx.personId, declarationId: link.declarationId, keyPersons: link.keyPersons }
}
