// 操作日志 names its records: the person, the region, the account, not a bare id; a person's
// name masked for a viewer who may not read people.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, makeTree, type TestApp } from '../../../test/app.js'
import { dialects } from '../../../test/db.js'
import { makePerson } from '../people/people.fixtures.js'
import { nameTargets } from './audit.names.js'
import type { Actor } from '../../core/actor.js'
import type { Role } from '../../core/permissions.js'

describe.each(dialects)('audit entries named on %s', (dialect) => {
  let t: TestApp
  let tree: Awaited<ReturnType<typeof makeTree>>
  beforeAll(async () => {
    t = await createTestApp(dialect)
    tree = await makeTree(t)
  })
  afterAll(() => t.close())

  it('gives each entry its record’s name', async () => {
    const admin = await t.as('admin', t.top)
    const region = (
      await admin.post('/api/v1/regions', { parentId: tree.streetA.id, name: '名字社区', type: 'community' })
    ).json()
    const person = await makePerson(t.db, tree.compoundA.id, { name: '王日志' })
    const observation = (
      await admin.post('/api/v1/observations', { personId: person.id, reason: '密切接触者' })
    ).json()
    const page = (await admin.get('/api/v1/audit?pageSize=50')).json()
    const named = (action: string) =>
      page.items.find((e: { action: string }) => e.action === action)?.targetName as string | undefined
    expect(named('region.create')).toBe('名字社区')
    expect(named('observation.open')).toBe('王日志')
    expect(page.items.find((e: { entityId: string }) => e.entityId === observation.id)).toBeDefined()
    expect(page.items.find((e: { entityId: string }) => e.entityId === region.id)).toBeDefined()
  })

  it('masks a person’s name for a viewer who may not read people', async () => {
    const person = await makePerson(t.db, tree.compoundA.id, { name: '李遮蔽' })
    const entries = [{ entity: 'person', entity_id: person.id }]
    const actor = (role: Role): Actor => ({
      userId: null,
      username: 'x',
      displayName: 'x',
      role,
      scopeRegionId: t.top.id,
      scopePath: t.top.path,
    })
    expect((await nameTargets(t.db, actor('admin'), entries)).get(person.id)).toBe('李遮蔽')
    const masked = (await nameTargets(t.db, actor('checkpoint_staff'), entries)).get(person.id)
    expect(masked).not.toBe('李遮蔽')
    expect(masked?.startsWith('李')).toBe(true)
  })
})
