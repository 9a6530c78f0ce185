// Names for the API shapes the pages share, all derived from the generated OpenAPI types.
import type { Body, Query, Result } from './client'

export type Me = Result<'get', '/api/v1/auth/me'>
export type User = Result<'get', '/api/v1/users/{id}'>
export type UserPage = Result<'get', '/api/v1/users'>
export type UserQuery = Query<'get', '/api/v1/users'>
export type NewUser = Body<'post', '/api/v1/users'>
export type UserChanges = Body<'patch', '/api/v1/users/{id}'>
export type Region = Result<'get', '/api/v1/regions/{id}'>['region']
export type RegionDetail = Result<'get', '/api/v1/regions/{id}'>
export type NewRegion = Body<'post', '/api/v1/regions'>
export type AuditEvent = Result<'get', '/api/v1/audit'>['items'][number]
export type AuditQuery = Query<'get', '/api/v1/audit'>

/** The roles the server accepts, from the create-account body. */
export type Role = NewUser['role']
/** The region types the server accepts, from the create-region body. */
export type RegionType = NewRegion['type']

// Responses declare `role` and `type` as plain strings; the server only ever sends the above.
export const roleOf = (user: { role: string }) => user.role as Role
export const regionTypeOf = (region: { type: string }) => region.type as RegionType
