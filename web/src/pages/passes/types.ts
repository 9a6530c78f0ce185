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

export const SYMPTOMS = [
  'fever',
  'cough',
  'fatigue',
  'sore_throat',
  'short_breath',
  'diarrhea',
  'taste_smell_loss',
] as const
export type Symptom = (typeof SYMPTOMS)[number]

export const COLOURS = ['green', 'yellow', 'red'] as const
export type Colour = (typeof COLOURS)[number]
export const isColour = (c: string): c is Colour => (COLOURS as readonly string[]).includes(c)
