// One record of each kind inside a region, from every module's fixtures: the route-walking
// permission test (test/permissions.test.ts) makes one outside the caller's scope and expects 404.
import type { Db } from '../src/db/db.js'
import { samples as auth } from '../src/modules/auth/auth.fixtures.js'
import { samples as campaigns } from '../src/modules/campaigns/campaigns.fixtures.js'
import { samples as care } from '../src/modules/care/care.fixtures.js'
import { samples as checkpoints } from '../src/modules/checkpoints/checkpoints.fixtures.js'
import { samples as declarations } from '../src/modules/declarations/declarations.fixtures.js'
import { samples as enterprises } from '../src/modules/enterprises/enterprises.fixtures.js'
import { samples as hotline } from '../src/modules/hotline/hotline.fixtures.js'
import { samples as imports } from '../src/modules/imports/imports.fixtures.js'
import { samples as observations } from '../src/modules/observations/observations.fixtures.js'
import { samples as passes } from '../src/modules/passes/passes.fixtures.js'
import { samples as people } from '../src/modules/people/people.fixtures.js'
import { samples as publicity } from '../src/modules/publicity/publicity.fixtures.js'
import { samples as regions } from '../src/modules/regions/regions.fixtures.js'
import { samples as riskAreas } from '../src/modules/risk-areas/risk-areas.fixtures.js'
import { samples as socialWork } from '../src/modules/social-work/social-work.fixtures.js'
import { samples as staff } from '../src/modules/staff/staff.fixtures.js'

export type Samples = Record<string, (db: Db, regionId: string) => Promise<string>>

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
