// API shapes these pages share, derived from the generated OpenAPI types.
import type { Body, Query, Result } from '../../api/client'

export type Declaration = Result<'get', '/api/v1/declarations'>['items'][number]
export type DeclarationQuery = Query<'get', '/api/v1/declarations'>
export type StaffDeclaration = Body<'post', '/api/v1/declarations'>
export type KeyPerson = Result<'get', '/api/v1/key-persons'>['items'][number]
export type RiskArea = Result<'get', '/api/v1/risk-areas'>[number]
export type ColourView = Result<'get', '/api/v1/colours/{id}'>
export type ColourChange = Result<'get', '/api/v1/colour-changes'>[number]
export type PublicRules = Result<'get', '/api/v1/colour-rules'>
export type RuleVersion = Result<'get', '/api/v1/colour-rules/versions'>[number]
export type RulesBody = Body<'put', '/api/v1/colour-rules'>
export type Rule = RulesBody['rules'][number]
