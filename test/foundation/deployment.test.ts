// What belongs to the whole deployment (risk areas, colour rules, the pass signing keys) is
// changed from the top only: an admin account scoped to a street holds every action, yet its
// writes there are refused (403 TOP_ONLY) and change nothing; reads stay open to the action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeRiskArea } from '../../src/modules/risk-areas/risk-areas.fixtures.js'
import { createTestApp, makeTree, type Client, type TestApp } from '../app.js'
import { dialects } from '../db.js'

describe.each(dialects)('deployment-wide settings on %s', (dialect) => {
  let t: TestApp
  let top: Client
  let street: Client
  beforeAll(async () => {
    t = await createTestApp(dialect)
    const tree = await makeTree(t)
    top = await t.as('admin', t.top)
    street = await t.as('admin', tree.streetA)
  })
  afterAll(() => t.close())

  const code = (res: { json(): { error?: { code: string } } }) => res.json().error?.code
  const riskAreas = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/v1/risk-areas' })).json() as {
      id: string
      name: string
    }[]
  const publicRules = async () => (await t.app.inject({ method: 'GET', url: '/api/v1/colour-rules' })).json()
  const keys = async () => (await top.get('/api/v1/pass-keys')).json() as unknown[]

  it('refuses an admin below the top the risk areas, and lets the top change them', async () => {
    const area = await makeRiskArea(t.db, { name: `某市-${dialect}` })
    const before = await riskAreas()
    const create = await street.post('/api/v1/risk-areas', { name: '别市', fromDate: '2020-01-20' })
    const edit = await street.patch(`/api/v1/risk-areas/${area.id}`, { observationDays: 7 })
    const remove = await street.delete(`/api/v1/risk-areas/${area.id}`)
    for (const res of [create, edit, remove]) {
      expect(res.statusCode).toBe(403)
      expect(code(res)).toBe('TOP_ONLY')
    }
    expect(await riskAreas()).toEqual(before)
    expect((await top.patch(`/api/v1/risk-areas/${area.id}`, { observationDays: 7 })).statusCode).toBe(200)
    expect((await top.delete(`/api/v1/risk-areas/${area.id}`)).statusCode).toBe(204)
  })

  it('refuses an admin below the top the colour rules and the signing keys; reads stay open', async () => {
    const rules = await publicRules()
    const keysBefore = await keys()
    const body = { baseVersion: rules.version, green: rules.green, rules: [] }
    const put = await street.request({ method: 'PUT', url: '/api/v1/colour-rules', payload: body })
    expect([put.statusCode, code(put)]).toEqual([403, 'TOP_ONLY'])
    expect(await publicRules()).toEqual(rules)
    const rotate = await street.post('/api/v1/pass-keys/rotate')
    expect([rotate.statusCode, code(rotate)]).toEqual([403, 'TOP_ONLY'])
    expect(await keys()).toEqual(keysBefore)
    // what the deployment runs on may be read from anywhere the action allows
    expect((await street.get('/api/v1/colour-rules/versions')).statusCode).toBe(200)
    expect((await street.get('/api/v1/pass-keys')).statusCode).toBe(200)
    // and the top changes it
    const saved = await top.request({ method: 'PUT', url: '/api/v1/colour-rules', payload: body })
    expect(saved.statusCode).toBe(200)
    expect((await top.post('/api/v1/pass-keys/rotate')).statusCode).toBe(200)
    expect(await keys()).toHaveLength(keysBefore.length + 1)
  })
})
