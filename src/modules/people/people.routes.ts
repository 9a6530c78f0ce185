import { PassThrough } from 'node:stream'
import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams, Paged } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import {
  PeopleExportBody,
  PeopleQuerySchema,
  PeopleSearchBody,
  PersonBody,
  PersonSchema,
} from './people.schema.js'
import { perAccountLookups } from '../../core/lookup-limit.js'
import { authorizeExport, writePeopleWorkbook } from './people.export.js'
import {
  getPersonInScope,
  listPeople,
  registerPerson,
  revealPerson,
  searchPeopleAudited,
  toPersonView,
} from './people.service.js'

const tags = ['people']

export function peopleRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/people',
    {
      schema: { tags, querystring: PeopleQuerySchema, response: { 200: Paged(PersonSchema) } },
      config: {
        permission: 'person:read',
        scope: { query: { regionId: 'region', householdId: 'household' } },
      },
    },
    async (req) => listPeople(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/people/search',
    {
      schema: { tags, body: PeopleSearchBody, response: { 200: Paged(PersonSchema) } },
      config: {
        permission: 'person:read',
        rateLimit: perAccountLookups('people.search'),
        scope: { body: { regionId: 'region', householdId: 'household' } },
      },
    },
    async (req) => inTransaction(app.db, (trx) => searchPeopleAudited(trx, req.actor, req.body)),
  )
  r.post(
    '/api/v1/people',
    {
      schema: {
        tags,
        body: PersonBody,
        response: { 200: Type.Object({ person: PersonSchema, created: Type.Boolean() }) },
      },
      config: {
        permission: 'person:write',
        scope: { body: { regionId: 'region' } },
        sampleBody: { name: '样例', docType: 'id_card', docNumber: '350105199001010015' },
      },
    },
    async (req) => inTransaction(app.db, (trx) => registerPerson(trx, req.actor, req.body)),
  )
  r.post(
    '/api/v1/people/export',
    {
      schema: { tags, body: PeopleExportBody },
      // an export filtered by a document number confirms a guess as well as a search does
      config: {
        permission: 'person:export',
        rateLimit: perAccountLookups('people.export'),
        scope: { body: { regionId: 'region', householdId: 'household' } },
      },
    },
    async (req, reply) => {
      const { filter, unmask } = await inTransaction(app.db, (trx) =>
        authorizeExport(trx, req.actor, req.body),
      )
      const out = new PassThrough()
      // streamed: the workbook is written page by page while the client reads it
      void writePeopleWorkbook(app.db, filter, unmask, out).catch((e: Error) => out.destroy(e))
      const name = `人员名单-${new Date().toISOString().slice(0, 10)}.xlsx`
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
        .header('cache-control', 'no-store')
        .send(out)
    },
  )
  r.get(
    '/api/v1/people/:id',
    {
      schema: { tags, params: IdParams, response: { 200: PersonSchema } },
      config: { permission: 'person:read', scope: { url: 'person' } },
    },
    async (req) => toPersonView(await getPersonInScope(app.db, req.actor, req.params.id)),
  )
  r.post(
    '/api/v1/people/:id/reveal',
    {
      schema: {
        tags,
        params: IdParams,
        body: Type.Object(
          { reason: Type.String({ minLength: 2, maxLength: 200 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ document: Type.String(), phone: Type.Union([Type.String(), Type.Null()]) }),
        },
      },
      config: { permission: 'person:unmask', scope: { url: 'person' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => revealPerson(trx, req.actor, req.params.id, req.body.reason)),
  )
}
