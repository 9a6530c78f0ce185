import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import { now } from '../../core/clock.js'
import {
  CheckpointQuery,
  CheckpointSchema,
  CopyDayBody,
  CopyDayResult,
  CreateCheckpointBody,
  EntranceCoverageSchema,
  GapsSchema,
  RosterQuery,
  RosterSchema,
  ShiftBody,
  ShiftSchema,
  UpdateCheckpointBody,
} from './checkpoints.schema.js'
import {
  createCheckpoint,
  entranceCoverage,
  getCheckpointInScope,
  listCheckpoints,
  toCheckpointView,
  updateCheckpoint,
} from './checkpoints.service.js'
import { localDate } from '../../shared/days.js'
import { addShift, checkpointRoster, copyRosterDay, removeShift, rosterGaps } from './rosters.service.js'

const tags = ['checkpoints']

export function checkpointsRoutes(app: App) {
  const r = typed(app)
  const tz = app.config.timeZone
  const today = () => localDate(now(), tz)
  const read = { permission: 'checkpoint:read' }
  const write = { permission: 'checkpoint:write' }
  const roster = { permission: 'roster:write' }

  r.get(
    '/api/v1/checkpoints',
    {
      schema: { tags, querystring: CheckpointQuery, response: { 200: Type.Array(CheckpointSchema) } },
      config: { ...read, scope: { query: { regionId: 'region' } } },
    },
    async (req) => listCheckpoints(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/checkpoints',
    {
      schema: { tags, body: CreateCheckpointBody, response: { 201: CheckpointSchema } },
      config: { ...write, scope: { body: { regionId: 'region' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createCheckpoint(trx, req.actor, req.body))),
  )
  r.get(
    '/api/v1/checkpoints/:id',
    {
      schema: { tags, params: IdParams, response: { 200: CheckpointSchema } },
      config: { ...read, scope: { url: 'checkpoint' } },
    },
    async (req) => toCheckpointView(await getCheckpointInScope(app.db, req.actor, req.params.id)),
  )
  r.patch(
    '/api/v1/checkpoints/:id',
    {
      schema: { tags, params: IdParams, body: UpdateCheckpointBody, response: { 200: CheckpointSchema } },
      config: { ...write, scope: { url: 'checkpoint' } },
    },
    async (req) => inTransaction(app.db, (trx) => updateCheckpoint(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/regions/:id/entrances',
    {
      schema: { tags, params: IdParams, response: { 200: EntranceCoverageSchema } },
      config: { ...read, scope: { url: 'region' } },
    },
    async (req) => entranceCoverage(app.db, req.actor, req.params.id),
  )

  // 排班 rosters
  r.get(
    '/api/v1/checkpoints/:id/roster',
    {
      schema: { tags, params: IdParams, querystring: RosterQuery, response: { 200: RosterSchema } },
      config: { ...read, scope: { url: 'checkpoint' } },
    },
    async (req) =>
      checkpointRoster(app.db, req.actor, req.params.id, req.query.from ?? today(), req.query.days, tz),
  )
  r.get(
    '/api/v1/roster/gaps',
    {
      schema: { tags, querystring: RosterQuery, response: { 200: GapsSchema } },
      config: { ...read, scope: 'subtree' },
    },
    async (req) => rosterGaps(app.db, req.actor, req.query.from ?? today(), req.query.days, tz),
  )
  r.post(
    '/api/v1/checkpoints/:id/shifts',
    {
      schema: { tags, params: IdParams, body: ShiftBody, response: { 201: ShiftSchema } },
      config: {
        ...roster,
        scope: { url: 'checkpoint', body: { staffUserId: 'user' } },
        sampleBody: { startsAt: '2020-02-01T08:00:00.000Z', endsAt: '2020-02-01T16:00:00.000Z' },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await inTransaction(app.db, (trx) => addShift(trx, req.actor, req.params.id, req.body))),
  )
  r.post(
    '/api/v1/checkpoints/:id/roster/copy',
    {
      schema: { tags, params: IdParams, body: CopyDayBody, response: { 200: CopyDayResult } },
      config: { ...roster, scope: { url: 'checkpoint' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) =>
        copyRosterDay(trx, req.actor, req.params.id, req.body.from, req.body.to, tz),
      ),
  )
  r.delete(
    '/api/v1/shifts/:id',
    { schema: { tags, params: IdParams }, config: { ...roster, scope: { url: 'shift' } } },
    async (req, reply) => {
      await inTransaction(app.db, (trx) => removeShift(trx, req.actor, req.params.id))
      return reply.code(204).send()
    },
  )
}
