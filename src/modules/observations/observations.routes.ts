import { Type } from 'typebox'
import { now } from '../../core/clock.js'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Ok, Paged, Text } from '../../core/schemas.js'
import { localDate } from '../../shared/days.js'
import { observationCounts } from './counts.js'
import {
  CountsQuery,
  CountsSchema,
  DetailSchema,
  DueSchema,
  ObservationQuery,
  ObservationSchema,
  OpenObservationBody,
  ReadingBody,
  ReadingSchema,
  ReleaseDueBody,
  ProgressSchema,
  RoundsSchema,
  TeamBody,
} from './observations.schema.js'
import { changeTeam, listObservations, openObservation, withPeople } from './observations.service.js'
import { getRegionInScope } from '../regions/index.js'
import { recordReading } from './readings.service.js'
import { dueForRelease, extendObservation, releaseDue, releaseObservation } from './release.service.js'
import { observationDetail, roundsOf } from './rounds.service.js'
import { settingsFrom } from './settings.js'
import { roundsProgress } from './progress.js'

const tags = ['observations']

export function observationsRoutes(app: App) {
  const r = typed(app)
  const s = settingsFrom(app.config)

  r.get(
    '/api/v1/observations',
    {
      schema: { tags, querystring: ObservationQuery, response: { 200: Paged(ObservationSchema) } },
      config: { permission: 'observation:read', scope: { query: { regionId: 'region', memberId: 'user' } } },
    },
    async (req) => listObservations(app.db, req.actor, req.query, s),
  )
  r.post(
    '/api/v1/observations',
    {
      schema: { tags, body: OpenObservationBody, response: { 201: ObservationSchema } },
      config: { permission: 'observation:write', scope: { body: { personId: 'person' } } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await inTransaction(app.db, (trx) => openObservation(trx, req.actor, req.body, s))),
  )
  r.get(
    '/api/v1/observations/counts',
    {
      schema: { tags, querystring: CountsQuery, response: { 200: CountsSchema } },
      config: { permission: 'observation:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => {
      const within = req.query.regionId
        ? (await getRegionInScope(app.db, req.actor, req.query.regionId)).path
        : req.actor.scopePath
      return observationCounts(app.db, {
        asOf: req.query.asOf ?? localDate(now(), s.timeZone),
        withinPath: within,
      })
    },
  )
  r.get(
    '/api/v1/observations/rounds',
    {
      schema: {
        tags,
        querystring: Type.Object({ date: Type.Optional(Type.String({ format: 'date' })) }),
        response: { 200: RoundsSchema },
      },
      config: { permission: 'observation:reading', scope: 'subtree' },
    },
    async (req) => roundsOf(app.db, req.actor, req.query, s),
  )
  // 辖区测温进度: the whole scope's rounds today, for those who oversee rather than walk them
  r.get(
    '/api/v1/observations/progress',
    {
      schema: {
        tags,
        querystring: Type.Object(
          { regionId: Type.Optional(Type.String({ maxLength: 64 })) },
          { additionalProperties: false },
        ),
        response: { 200: ProgressSchema },
      },
      config: { permission: 'observation:read', scope: { query: { regionId: 'region' } } },
    },
    async (req) => roundsProgress(app.db, req.actor, req.query, s),
  )
  r.get(
    '/api/v1/observations/due',
    {
      schema: {
        tags,
        querystring: Type.Object({ regionId: Type.Optional(Type.String({ maxLength: 64 })) }),
        response: { 200: DueSchema },
      },
      config: { permission: 'observation:release', scope: { query: { regionId: 'region' } } },
    },
    async (req) => {
      const due = await dueForRelease(app.db, req.actor, req.query, s)
      const views = await withPeople(
        app.db,
        due.map((d) => d.row),
        localDate(now(), s.timeZone),
      )
      return views.map((observation, i) => ({ observation, problem: due[i].problem }))
    },
  )
  r.post(
    '/api/v1/observations/release-due',
    {
      schema: {
        tags,
        body: ReleaseDueBody,
        response: {
          200: Type.Object({
            released: Type.Array(Type.String()),
            refused: Type.Array(Type.Object({ id: Type.String(), code: Type.String() })),
          }),
        },
      },
      config: { permission: 'observation:release', scope: { body: { regionId: 'region' } } },
    },
    async (req) => inTransaction(app.db, (trx) => releaseDue(trx, req.actor, req.body, s)),
  )
  r.get(
    '/api/v1/observations/:id',
    {
      schema: { tags, params: IdParams, response: { 200: DetailSchema } },
      config: { permission: 'observation:read', scope: { url: 'observation' } },
    },
    async (req) => observationDetail(app.db, req.actor, req.params.id, s),
  )
  r.put(
    '/api/v1/observations/:id/team',
    {
      schema: { tags, params: IdParams, body: TeamBody, response: { 200: Ok } },
      config: {
        permission: 'observation:write',
        scope: { url: 'observation', body: { officerId: 'officer', medicId: 'medic', workerId: 'user' } },
      },
    },
    async (req) => {
      const { reason, ...team } = req.body
      await inTransaction(app.db, (trx) => changeTeam(trx, req.actor, req.params.id, team, reason))
      return { ok: true }
    },
  )
  r.post(
    '/api/v1/observations/:id/readings',
    {
      schema: {
        tags,
        params: IdParams,
        body: ReadingBody,
        response: { 201: Type.Object({ reading: ReadingSchema, alerts: Type.Array(Type.String()) }) },
      },
      config: { permission: 'observation:reading', scope: { url: 'observation' } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await inTransaction(app.db, (trx) => recordReading(trx, req.actor, req.params.id, req.body, s)),
        ),
  )
  r.post(
    '/api/v1/observations/:id/release',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { note: Type.Optional(Type.String({ maxLength: 200 })) },
          { additionalProperties: false },
        ),
        response: { 200: ObservationSchema },
      },
      // the walk releases one whose days are over, with a normal reading today
      config: { permission: 'observation:release', scope: { url: 'observation_due' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => releaseObservation(trx, req.actor, req.params.id, req.body.note, s)),
  )
  r.post(
    '/api/v1/observations/:id/extend',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { days: Type.Integer({ minimum: 1, maximum: 30 }), reason: Text(200) },
          { additionalProperties: false },
        ),
        response: { 200: ObservationSchema },
      },
      config: { permission: 'observation:release', scope: { url: 'observation' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => extendObservation(trx, req.actor, req.params.id, req.body, s)),
  )
}
