// `lianfang import people FILE --json` in-process, against the test database of each dialect.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeTree } from '../../../test/app.js'
import { createTestDb, dialects, type TestDb } from '../../../test/db.js'
import { buildCli } from '../../cli.js'
import { loadConfig } from '../../config.js'
import { makeResidentId } from '../people/people.fixtures.js'

describe.each(dialects)('lianfang import people on %s', (dialect) => {
  let t: TestDb
  let tree: Awaited<ReturnType<typeof makeTree>>
  const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-import-cli-'))
  beforeAll(async () => {
    t = await createTestDb(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.destroy())

  async function run(...args: string[]) {
    const env = {
      LIANFANG_DATA_DIR: path.join(dir, 'data'),
      LOG_LEVEL: 'silent',
      ...(dialect === 'postgres' ? { DATABASE_URL: t.location } : { LIANFANG_SQLITE_FILE: t.location }),
    }
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined)
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true)
    try {
      await buildCli(() => loadConfig(env)).parseAsync(['node', 'lianfang', ...args])
      return log.mock.calls.map((c) => String(c[0]))
    } finally {
      log.mockRestore()
      err.mockRestore()
    }
  }

  it('prints the summary as JSON, writes the error report beside the file, and re-imports as a no-op', async () => {
    const file = path.join(dir, `名单-${dialect}.csv`)
    const bad = makeResidentId('19800101').slice(0, 17) + 'Y'
    const csv = `姓名,证件号码,街道,社区,小区,房号\n张三,${makeResidentId('19850312')},罗星街道,马限社区,马限小区,101\n李四,${bad},罗星街道,马限社区,马限小区,102\n`
    writeFileSync(file, iconv.encode(csv, 'gb18030'))
    const [first] = await run('import', 'people', file, '--json')
    const errorsFile = path.join(dir, `名单-${dialect}.errors.xlsx`)
    expect(JSON.parse(first)).toEqual({
      imported: 1,
      updated: 0,
      unchanged: 0,
      rejected: 1,
      errors_file: errorsFile,
    })
    expect(existsSync(errorsFile)).toBe(true)
    const [again] = await run('import', 'people', file, '--json', '--under', tree.streetA.id)
    expect(JSON.parse(again)).toMatchObject({ imported: 0, updated: 0, unchanged: 1, rejected: 1 })
  })
})
