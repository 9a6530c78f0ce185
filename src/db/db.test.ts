import { sql } from 'kysely'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, dialects, type TestDb } from '../../test/db.js'
import { adminUrl } from '../../test/pg-url.js'

describe.runIf(dialects.includes('postgres'))('PostgreSQL connections', () => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb('postgres')
  })
  afterAll(() => t.destroy())

  it('survives the server closing its idle connections, and the next query works', async () => {
    const pid = (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db)).rows[0].pid
    const admin = new pg.Client({ connectionString: adminUrl() })
    await admin.connect()
    // What a PostgreSQL restart or failover does to an idle pooled connection.
    await admin.query('select pg_terminate_backend($1)', [pid])
    await admin.end()
    await new Promise((r) => setTimeout(r, 200))
    const after = await sql<{ one: number }>`select 1 as one`.execute(t.db)
    expect(after.rows[0].one).toBe(1)
  })
})
