// The situation report at 30 k people (the report bench's district, loaded in bulk and its
// day counts rebuilt, as after an upgrade) equals a plain SQL recount of the records, for
// the district, a street and a community, on both databases.
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openDb, type Db } from '../src/db/db.js'
import { migrateDatabase } from '../src/runtime.js'
import { ensureTopRegion } from '../src/modules/regions/index.js'
import { rebuildAllCounts, situationReport } from '../src/modules/reports/index.js'
import { systemActor } from '../src/core/actor.js'
import { loadDistrict } from '../bench/report-data.js'
import { copyToPostgres, dropPostgres, freshPostgres } from '../bench/report-pg.js'
import { installModules } from '../src/modules/index.js'
import { loadConfig } from '../src/config.js'
import { dialects } from './db.js'
import { adminUrl } from './pg-url.js'
import { maintainedFigures, recount } from './report-recount.js'

const TZ = 'Asia/Shanghai'
// the modules' count rebuilders (and the deployment's time zone)
installModules(loadConfig({ LOG_LEVEL: 'silent', LIANFANG_TIME_ZONE: TZ }))
const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-report-scale-'))
const file = path.join(dir, 'district.db')
let loaded: Promise<void> | undefined

/** One SQLite district for both dialects (PostgreSQL gets a copy). */
function load() {
  loaded ??= (async () => {
    const db = openDb({ sqliteFile: file })
    await migrateDatabase(db)
    await ensureTopRegion(db, '基准区')
    await db.destroy()
    loadDistrict(file, { people: 30_000, passages: 30_000, observations: 3_000 }, '2020-03-05', () => {})
  })()
  return loaded
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe.each(dialects)('the report at 30 k people on %s', (dialect) => {
  it('equals a plain SQL recount for the district, a street and a community', async () => {
    await load()
    let db: Db
    let drop = async () => {}
    if (dialect === 'postgres') {
      const name = `lf_scale_${process.pid}`
      const url = await freshPostgres(adminUrl(), name)
      db = openDb({ databaseUrl: url })
      await migrateDatabase(db)
      await copyToPostgres(file, url, () => {})
      drop = () => dropPostgres(adminUrl(), name)
    } else db = openDb({ sqliteFile: file })
    try {
      await rebuildAllCounts(db)
      const regions = await db.selectFrom('region').select(['id', 'path', 'type']).orderBy('path').execute()
      const top = regions[0]
      const actor = systemActor(top.id, top.path)
      const some = [
        top,
        regions.find((r) => r.type === 'street')!,
        regions.find((r) => r.type === 'community')!,
      ]
      for (const asOf of ['2020-02-10', '2020-03-05'])
        for (const region of some) {
          const report = await situationReport(db, actor, { asOf, regionId: region.id }, TZ)
          expect(maintainedFigures(report as never), `${asOf} ${region.type}`).toEqual(
            await recount(db, asOf, region.path, TZ),
          )
          if (region === top) expect(report.peopleScreened).toBeGreaterThan(0)
        }
    } finally {
      await db.destroy()
      await drop()
    }
  }, 300_000)
})
