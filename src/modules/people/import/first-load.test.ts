// A first import into an empty person table loads in one transaction and builds the plain
// indexes after it: a failure at any point leaves the empty table with every index, and an
// import into a table that has people keeps its batch-by-batch commits and its indexes.
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../../../test/db.js'
import { systemActor } from '../../../core/actor.js'
import { makeResidentId } from '../people.fixtures.js'
import { importPeople } from './import.service.js'

const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-first-load-'))

function roster(name: string, births: string[]) {
  const file = path.join(dir, `${name}.csv`)
  const rows = births.map((b, i) => `人${i},${makeResidentId(b)},罗星街道,马限社区,马限小区,1号楼,${101 + i}`)
  writeFileSync(file, ['姓名,身份证号,街道,社区,小区,楼栋,房号', ...rows].join('\n'))
  return file
}

describe.each(dialects)('first load on %s', (dialect) => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb(dialect)
  })
  afterAll(() => t.destroy())

  const indexes = async () =>
    (dialect === 'postgres'
      ? await sql<{ name: string }>`select indexname as name from pg_indexes
          where tablename = 'person' and schemaname = current_schema() order by 1`.execute(t.db)
      : await sql<{ name: string }>`select name from sqlite_master
          where type = 'index' and tbl_name = 'person' order by 1`.execute(t.db)
    ).rows.map((r) => r.name)
  const people = async () =>
    Number((await sql<{ n: number }>`select count(*) as n from person`.execute(t.db)).rows[0].n)

  /** Imports with one row a batch; the progress callback fails after `failAfter` batches. */
  const load = (file: string, failAfter = Infinity) => {
    let batches = 0
    return importPeople(t.db, systemActor(t.top.id, t.top.path), {
      file,
      fileName: path.basename(file),
      errorsFile: `${file}.errors.xlsx`,
      createRegions: true,
      batchSize: 1,
      loadThenIndex: true,
      onProgress: () => {
        if (++batches > failAfter) throw new Error('the disk is full')
      },
    })
  }

  it('rolls a failed first load back to the empty table with every index', async () => {
    const before = await indexes()
    expect(before).toEqual(expect.arrayContaining(['person_name_id', 'person_region']))
    await expect(load(roster('fails', ['19850312', '19900101', '19721130']), 2)).rejects.toThrow(
      'the disk is full',
    )
    expect(await people()).toBe(0)
    expect(await indexes()).toEqual(before)
  })

  it('loads every row and builds the plain indexes again', async () => {
    const before = await indexes()
    const summary = await load(roster('first', ['19850312', '19900101', '19721130']))
    expect(summary).toMatchObject({ imported: 3, rejected: 0 })
    expect(await people()).toBe(3)
    expect(await indexes()).toEqual(before)
  })

  it('commits batch by batch into a table that has people, its indexes untouched', async () => {
    const before = await indexes()
    await expect(load(roster('more', ['19660606', '19700707', '19710808']), 2)).rejects.toThrow(
      'the disk is full',
    )
    // the batches before the failure stay, as they always did
    expect(await people()).toBeGreaterThanOrEqual(4)
    expect(await indexes()).toEqual(before)
  })
})
