import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams } from '../../core/schemas.js'
import { base64BodyLimit, UPLOAD_LIMITS } from '../../core/uploads.js'
import {
  CallBody,
  CallResult,
  EntriesQuery,
  EntriesSchema,
  ImportNumbersBody,
  ImportReport,
  NextNumberSchema,
  ProgressSchema,
  ReassignBody,
  SecondRoundBody,
  SplitBody,
  SplitResult,
} from './calls.schema.js'
import { Type } from 'typebox'
import { importNumbers, reassignCallList, splitCallLists, startSecondRound } from './calls.service.js'
import { callProgress, listCallEntries, nextNumber, recordCall } from './caller.service.js'

const tags = ['campaigns']
const read = { permission: 'campaign:read', scope: { url: 'phone_campaign' } }
const write = { permission: 'campaign:write', scope: { url: 'phone_campaign' } }
const work = { permission: 'campaign:work', scope: { url: 'phone_campaign' } }

export function callsRoutes(app: App) {
  const r = typed(app)
  r.post(
    '/api/v1/campaigns/:id/numbers/import',
    {
      schema: { tags, params: IdParams, body: ImportNumbersBody, response: { 200: ImportReport } },
      config: { ...write, scope: { url: 'phone_campaign' } },
      // a carrier list (~10,000 numbers is a few hundred KB as .xlsx): 8 MB of file, as base64
      bodyLimit: base64BodyLimit(UPLOAD_LIMITS.numbers),
    },
    async (req) => inTransaction(app.db, (trx) => importNumbers(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/campaigns/:id/numbers',
    {
      schema: { tags, params: IdParams, querystring: EntriesQuery, response: { 200: EntriesSchema } },
      config: { ...read, scope: { url: 'phone_campaign' } },
    },
    async (req) => listCallEntries(app.db, req.actor, req.params.id, req.query),
  )
  r.post(
    '/api/v1/campaigns/:id/call-lists',
    {
      schema: { tags, params: IdParams, body: SplitBody, response: { 200: SplitResult } },
      config: { ...write, scope: { url: 'phone_campaign', body: { callerIds: 'user', teamId: 'team' } } },
    },
    async (req) => inTransaction(app.db, (trx) => splitCallLists(trx, req.actor, req.params.id, req.body)),
  )
  r.post(
    '/api/v1/campaigns/:id/call-lists/reassign',
    {
      schema: {
        tags,
        params: IdParams,
        body: ReassignBody,
        response: { 200: Type.Object({ moved: Type.Integer() }) },
      },
      config: {
        ...write,
        scope: { url: 'phone_campaign', body: { fromCallerId: 'user', toCallerId: 'user' } },
      },
    },
    async (req) => inTransaction(app.db, (trx) => reassignCallList(trx, req.actor, req.params.id, req.body)),
  )
  r.post(
    '/api/v1/campaigns/:id/second-round',
    {
      schema: {
        tags,
        params: IdParams,
        body: SecondRoundBody,
        response: { 200: Type.Object({ numbers: Type.Integer() }) },
      },
      config: { ...write, scope: { url: 'phone_campaign', body: { callerIds: 'user' } } },
    },
    async (req) => inTransaction(app.db, (trx) => startSecondRound(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/campaigns/:id/progress',
    {
      schema: { tags, params: IdParams, response: { 200: ProgressSchema } },
      config: { ...read, scope: { url: 'phone_campaign' } },
    },
    async (req) => callProgress(app.db, req.actor, req.params.id),
  )
  r.post(
    '/api/v1/campaigns/:id/next-number',
    {
      schema: { tags, params: IdParams, response: { 200: NextNumberSchema } },
      config: { ...work, scope: { url: 'phone_campaign' } },
    },
    async (req) => inTransaction(app.db, (trx) => nextNumber(trx, req.actor, req.params.id)),
  )
  r.post(
    '/api/v1/call-entries/:id/calls',
    {
      schema: { tags, params: IdParams, body: CallBody, response: { 200: CallResult } },
      // the walk's sample is a number on the walking account's own list
      config: { permission: 'campaign:work', scope: { url: 'assigned_call_entry' } },
    },
    async (req) => inTransaction(app.db, (trx) => recordCall(trx, req.actor, req.params.id, req.body)),
  )
}
