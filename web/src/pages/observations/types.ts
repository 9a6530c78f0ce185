// API shapes of the observation pages, from the generated OpenAPI types.
import type { Body, Query, Result } from '../../api/client'

export type ObservationPage = Result<'get', '/api/v1/observations'>
export type Observation = ObservationPage['items'][number]
export type ObservationQuery = Query<'get', '/api/v1/observations'>
export type ObservationDetail = Result<'get', '/api/v1/observations/{id}'>
export type Reading = ObservationDetail['readings'][number]
export type NewObservation = Body<'post', '/api/v1/observations'>
export type Rounds = Result<'get', '/api/v1/observations/rounds'>
export type RoundItem = Rounds['items'][number]
export type Alert = Result<'get', '/api/v1/observation-alerts'>[number]
export type Due = Result<'get', '/api/v1/observations/due'>[number]
export type Progress = Result<'get', '/api/v1/observations/progress'>
