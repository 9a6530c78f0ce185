// 密钥泄露与签发方: a key revoked as compromised stops verifying at once, and a pass from another
// deployment is refused even when a key we publish checks its signature.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { systemActor } from '../../core/actor.js'
import { inTransaction } from '../../db/db.js'
import { parseJwks, verifyPass } from '../../shared/pass/index.js'
import { makePerson } from '../people/people.fixtures.js'
import { revokeCompromisedKey } from './keys.service.js'
import { issuePass } from './pass.service.js'
import { makeScannedPass } from './passes.fixtures.js'

describe.each(dialects)('signing key compromise and issuer on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  const online = async (qr: string) =>
    (await (await t.as('checkpoint_staff', tree.communityA)).post('/api/v1/passes/verify', { qr })).json()
  const published = async () =>
    (await t.app.inject({ method: 'GET', url: '/.well-known/lianfang/keys.json' })).json() as {
      keys: { kid: string }[]
    }

  it('answers unknown_key for a pass of a key revoked as compromised, and unpublishes the key at once', async () => {
    const before = await makeScannedPass(t.db, tree.compoundA.id)
    expect((await online(before.qr)).status).toBe('valid')
    const { kid } = (await t.db
      .selectFrom('pass')
      .select('kid')
      .where('pid', '=', before.pid)
      .executeTakeFirst())!
    const system = systemActor(t.top.id, t.top.path)
    const revoked = await inTransaction(t.db, (trx) => revokeCompromisedKey(trx, system, kid))
    expect(revoked.replacedBy).toBeTruthy()
    expect((await published()).keys.map((k) => k.kid)).not.toContain(kid)
    expect(await online(before.qr)).toEqual({ status: 'unknown_key' })
    // a gate syncing the list now refuses it offline too; new passes verify with the new key
    const keys = await parseJwks(await published())
    expect((await verifyPass(before.qr, { keys })).status).toBe('unknown_key')
    const after = await makeScannedPass(t.db, tree.compoundA.id)
    expect((await online(after.qr)).status).toBe('valid')
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('action', '=', 'pass_key.compromised')
      .execute()
    expect(audit.map((a) => a.entity_id)).toEqual([kid])
  })

  it('refuses a pass whose iss is another deployment, though our key signed it', async () => {
    const person = await makePerson(t.db, tree.compoundA.id)
    const foreign = await issuePass(t.db, person.id, { deploymentId: 'another-city' })
    expect(await online(foreign.qr)).toEqual({ status: 'wrong_issuer' })
  })
})
