// Start-up's check of each route's scope declaration (src/core/scope-declaration.ts): what it
// refuses and what it lets through, records of the whole deployment included.
import { describe, expect, it } from 'vitest'
import { Type } from 'typebox'
import type { RouteInfo, ScopeDeclaration } from '../src/core/fastify.js'
import { changesDeployment, scopeDeclarationProblem } from '../src/core/scope-declaration.js'

const route = (
  method: string,
  url: string,
  scope: ScopeDeclaration,
  schema: { body?: unknown; querystring?: unknown } = {},
): RouteInfo => ({ method, url, config: { permission: 'x', scope }, schema: schema as never })

describe('scope declarations', () => {
  it('takes a path naming a record of the whole deployment, and counts it a change from the top', () => {
    const r = route('PATCH', '/api/v1/risk-areas/:id', { deployment: { id: 'risk_area' } })
    expect(scopeDeclarationProblem(r)).toBeUndefined()
    expect(changesDeployment(r)).toBe(true)
    expect(changesDeployment({ ...r, method: 'GET' })).toBe(false)
    expect(changesDeployment(route('PUT', '/api/v1/colour-rules', 'deployment'))).toBe(true)
    expect(changesDeployment(route('PATCH', '/api/v1/people/:id', { url: 'person' }))).toBe(false)
  })

  it('refuses a path id named both ways, or a deployment id the path or schema does not take', () => {
    expect(
      scopeDeclarationProblem(
        route('PATCH', '/api/v1/x/:id', { url: 'person', deployment: { id: 'risk_area' } }),
      ),
    ).toContain('not both')
    expect(
      scopeDeclarationProblem(route('POST', '/api/v1/x', { deployment: { id: 'risk_area' } })),
    ).toContain('path names no record')
    expect(
      scopeDeclarationProblem(route('GET', '/api/v1/x', { deployment: { riskAreaId: 'risk_area' } })),
    ).toContain('scope.deployment names riskAreaId')
  })

  it('takes an id filter declared deployment-wide, and refuses one left undeclared', () => {
    const querystring = Type.Object({
      regionId: Type.Optional(Type.String()),
      riskAreaId: Type.Optional(Type.String()),
    })
    expect(
      scopeDeclarationProblem(
        route(
          'GET',
          '/api/v1/key-persons',
          { query: { regionId: 'region' }, deployment: { riskAreaId: 'risk_area' } },
          { querystring },
        ),
      ),
    ).toBeUndefined()
    expect(
      scopeDeclarationProblem(
        route('GET', '/api/v1/key-persons', { query: { regionId: 'region' } }, { querystring }),
      ),
    ).toContain('takes riskAreaId in its query')
  })

  it('takes a declared field that names a record without being an id, not one the schema lacks', () => {
    const body = Type.Object({ qr: Type.String() })
    expect(
      scopeDeclarationProblem(route('POST', '/api/v1/passes/confirm', { body: { qr: 'pass_qr' } }, { body })),
    ).toBeUndefined()
    expect(
      scopeDeclarationProblem(
        route('POST', '/api/v1/passes/confirm', { body: { code: 'pass_qr' } }, { body }),
      ),
    ).toContain('scope.body names code')
  })
})
