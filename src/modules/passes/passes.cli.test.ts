// `lianfang pass show --document <n> --json`, `lianfang keys rotate` and `keys revoke --compromised`, run in-process
// against a test database of each dialect.
import { mkdtempSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../../test/db.js'
import { buildCli } from '../../cli.js'
import { loadConfig } from '../../config.js'
import { initPii } from '../../crypto/pii.js'
import { parseJwks, verifyPass } from '../../shared/pass/index.js'
import { makePerson, makeResidentId } from '../people/people.fixtures.js'
import { publishedJwks } from './keys.service.js'

describe.each(dialects)('pass commands on %s', (dialect) => {
  let t: TestDb
  const dataKey = randomBytes(32).toString('base64')
  beforeAll(async () => {
    initPii(Buffer.from(dataKey, 'base64'))
    t = await createTestDb(dialect)
  })
  afterAll(() => t.destroy())

  async function run(args: string[]) {
    const env = {
      LIANFANG_DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'lf-cli-')),
      LIANFANG_DATA_KEY: dataKey,
      LIANFANG_DEPLOYMENT_ID: 'mawei',
      LOG_LEVEL: 'silent',
      ...(dialect === 'postgres' ? { DATABASE_URL: t.location } : {}),
    }
    const config = loadConfig(env, dialect === 'sqlite' ? { sqliteFile: t.location } : {})
    const out: string[] = []
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void out.push(line))
    try {
      await buildCli(() => config).parseAsync(['node', 'lianfang', ...args])
    } finally {
      log.mockRestore()
    }
    return out.join('\n')
  }

  it('prints a pass as JSON for a document number, verifiable with the published keys, across a rotation', async () => {
    const doc = makeResidentId('19881111')
    await makePerson(t.db, t.top.id, { docNumber: doc, name: '严复' })
    const shown = JSON.parse(await run(['pass', 'show', '--document', doc, '--json']))
    expect(Object.keys(shown)).toEqual(['qr', 'color', 'expires'])
    expect(shown.color).toBe('yellow')
    expect(Date.parse(shown.expires) - Date.now()).toBeGreaterThan(23 * 3600_000)
    expect(await run(['keys', 'rotate'])).toMatch(/new key: [A-Za-z0-9_-]{11}/)
    const keys = await parseJwks(await publishedJwks(t.db))
    expect(keys.size).toBe(2)
    const result = await verifyPass(shown.qr, { keys })
    expect(result).toMatchObject({ status: 'valid', claims: { iss: 'mawei', n: '严*' } })
    // the old key leaks: revoked, it leaves the published list at once and its pass is unknown
    const oldKid = result.kid!
    // `--`: a kid is base64url and may begin with '-', which would read as an option
    await expect(run(['keys', 'revoke', '--', oldKid])).rejects.toMatchObject({
      code: 'KEY_REVOKE_UNCONFIRMED',
    })
    expect((await parseJwks(await publishedJwks(t.db))).size).toBe(2)
    expect(await run(['keys', 'revoke', '--compromised', '--', oldKid])).toContain(`revoked: ${oldKid}`)
    const after = await parseJwks(await publishedJwks(t.db))
    expect([...after.keys()]).not.toContain(oldKid)
    expect((await verifyPass(shown.qr, { keys: after })).status).toBe('unknown_key')
    expect(await run(['keys', 'list'])).toMatch(new RegExp(`${oldKid}\\t.*\\tcompromised `))
  })
})
