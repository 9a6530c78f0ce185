// No phone or document number in plain text in the SQLite file, its WAL, or the logs.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config.js'
import { buildApp } from '../../src/http/app.js'
import { createUserDirect } from '../../src/modules/auth/auth.fixtures.js'
import { makeResidentId } from '../../src/modules/people/people.fixtures.js'
import { createTestDb, type TestDb } from '../db.js'
import { blindIndex, decryptField, encryptField, loadDataKey } from '../../src/crypto/pii.js'

describe('personal data at rest and in logs (SQLite file)', () => {
  let t: TestDb
  let log = ''
  let app: Awaited<ReturnType<typeof buildApp>>
  beforeAll(async () => {
    t = await createTestDb('sqlite')
    const stream = new PassThrough()
    stream.on('data', (c) => (log += c.toString()))
    app = await buildApp(loadConfig({ LIANFANG_DATA_DIR: '/tmp/lianfang-test-data', LOG_LEVEL: 'trace' }), {
      db: t.db,
      logStream: stream,
    })
  })
  afterAll(async () => {
    await app.close()
    await t.destroy()
  })

  it('keeps a staff phone and a resident’s document and phone encrypted, and out of the log', async () => {
    const admin = await createUserDirect(t.db, { role: 'admin', scopeRegionId: t.top.id })
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: admin.username, password: admin.password },
    })
    const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ')
    const staffPhone = '13959112233'
    const made = await app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie, origin: 'http://localhost:80' },
      payload: {
        username: 'gate.chen',
        displayName: '陈卡点',
        role: 'checkpoint_staff',
        scopeRegionId: t.top.id,
        phone: staffPhone,
      },
    })
    expect(made.statusCode).toBe(201)
    const doc = makeResidentId('19800808')
    const residentPhone = '18650001122'
    const person = await app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: { cookie, origin: 'http://localhost:80' },
      payload: {
        name: '赵六',
        docType: 'id_card',
        docNumber: doc,
        phone: residentPhone,
        regionId: t.top.id,
        residenceType: 'floating',
      },
    })
    expect(person.statusCode).toBe(200)
    await app.inject({
      method: 'POST',
      url: '/api/v1/people/search',
      payload: { document: doc, phone: residentPhone },
      headers: { cookie, origin: 'http://localhost:80' },
    })

    const files = [t.location, `${t.location}-wal`].filter(existsSync)
    expect(files.length).toBeGreaterThan(0)
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)))
    for (const secret of [staffPhone, doc, residentPhone, doc.slice(0, 14)]) {
      expect(bytes.includes(Buffer.from(secret)), `${secret} in the database file`).toBe(false)
      expect(log.includes(secret), `${secret} in the log`).toBe(false)
    }
    expect(log).toContain('"route":"/api/v1/people"') // the log was written, just without personal data
  })

  it('encrypts with a fresh nonce each time and finds by a stable blind index', () => {
    const a = encryptField('13800001111')
    const b = encryptField('13800001111')
    expect(a).not.toBe(b)
    expect(decryptField(a)).toBe('13800001111')
    expect(blindIndex('phone', '138 0000 1111')).toBe(blindIndex('phone', '13800001111'))
    expect(blindIndex('phone', '13800001111')).not.toBe(blindIndex('doc', '13800001111'))
    const tampered = a.slice(0, -3) + (a.endsWith('A') ? 'BBB' : 'AAA')
    expect(() => decryptField(tampered)).toThrow()
  })

  it('makes the data key once, whole and private, and keeps it', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lf-key-'))
    try {
      const key = loadDataKey(undefined, dir)
      expect(key).toHaveLength(32)
      // nothing but the key itself is left behind (it is written aside, synced, linked into place)
      expect(readdirSync(path.join(dir, 'keys'))).toEqual(['data.key'])
      if (process.platform !== 'win32')
        expect(statSync(path.join(dir, 'keys', 'data.key')).mode & 0o777).toBe(0o600)
      expect(loadDataKey(undefined, dir).equals(key)).toBe(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
