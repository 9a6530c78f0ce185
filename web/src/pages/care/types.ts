import type { Body, Query, Result } from '../../api/client'

export type CarePage = Result<'get', '/api/v1/care-requests'>
export type CareRequest = CarePage['items'][number]
export type CareQuery = Query<'get', '/api/v1/care-requests'>
export type NewCareRequest = Body<'post', '/api/v1/care-requests'>
export type CareCounts = Result<'get', '/api/v1/care-requests/counts'>
export const CARE_KINDS = ['shopping', 'printing', 'medicine', 'other'] as const
