// One record of each kind inside a region, from every module's fixtures: the route-walking
// scope test (test/scope-walk.test.ts) makes them inside the caller's scope and expects 2xx,
// and outside it and expects 404. Some routes also need a request the schema cannot make (a
// file upload): the fixtures' `sampleRequests`, keyed by route.
import type { Db } from '../src/db/db.js'
import type { Role } from '../src/core/permissions.js'
import { samples as auth } from '../src/modules/auth/auth.fixtures.js'
import {
  samples as campaigns,
  sampleRequests as campaignRequests,
} from '../src/modules/campaigns/campaigns.fixtures.js'
import { samples as care } from '../src/modules/care/care.fixtures.js'
import { samples as checkpoints } from '../src/modules/checkpoints/checkpoints.fixtures.js'
import { samples as declarations } from '../src/modules/declarations/declarations.fixtures.js'
import {
  samples as enterprises,
  sampleRequests as enterpriseRequests,
} from '../src/modules/enterprises/enterprises.fixtures.js'
import { samples as hotline } from '../src/modules/hotline/hotline.fixtures.js'
import {
  samples as imports,
  sampleRequests as importRequests,
} from '../src/modules/imports/imports.fixtures.js'
import { samples as observations } from '../src/modules/observations/observations.fixtures.js'
import { samples as passes } from '../src/modules/passes/passes.fixtures.js'
import { samples as people } from '../src/modules/people/people.fixtures.js'
import { samples as publicity } from '../src/modules/publicity/publicity.fixtures.js'
import { samples as regions } from '../src/modules/regions/regions.fixtures.js'
import { samples as riskAreas } from '../src/modules/risk-areas/risk-areas.fixtures.js'
import { samples as socialWork } from '../src/modules/social-work/social-work.fixtures.js'
import { samples as staff } from '../src/modules/staff/staff.fixtures.js'

export interface SampleContext {
  /** the test app's data folder, for records that come with a file (a report, an attachment) */
  dataDir: string
  /**
   * The walking account, given only when the record is made inside its scope. A record that
   * names its account (a number on its own call list, a request assigned to it, the enterprise
   * it is liaison of) is within its reach wherever it lies, so a record made outside the scope
   * never names it.
   */
  actor?: { userId: string; role: Role }
}

/** A record's id, or its id with the other path parameters it goes with (a person's device). */
export type SampleRecord = string | { id: string; params: Record<string, string> }

/** A sample's id and path parameters, whichever form it came in. */
export const recordOf = (made: SampleRecord) =>
  typeof made === 'string' ? { id: made, params: {} as Record<string, string> } : made

export type Samples = Record<string, (db: Db, regionId: string, ctx: SampleContext) => Promise<SampleRecord>>

/** What a route needs beyond the schema's smallest request. */
export interface SampleRequest {
  /** fields laid over the body made from the schema (like `config.sampleBody`) */
  body?: Record<string, unknown>
  /** the body as it is, in its own content type: an uploaded file */
  file?: { contentType: string; payload: Buffer }
}

/** By route (`POST /api/v1/imports/people`): the request's extra parts, made in a region. */
export type SampleRequests = Record<
  string,
  (db: Db, regionId: string, ctx: SampleContext) => SampleRequest | Promise<SampleRequest>
>

export const allSamples: Samples = {
  ...auth,
  ...campaigns,
  ...care,
  ...checkpoints,
  ...declarations,
  ...enterprises,
  ...hotline,
  ...imports,
  ...observations,
  ...passes,
  ...people,
  ...publicity,
  ...regions,
  ...riskAreas,
  ...socialWork,
  ...staff,
}

export const allSampleRequests: SampleRequests = {
  ...campaignRequests,
  ...enterpriseRequests,
  ...importRequests,
}
