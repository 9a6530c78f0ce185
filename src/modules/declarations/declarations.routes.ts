import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import {
  DeclarationPage,
  DeclarationQuerySchema,
  DeclarationSchema,
  ResidentDeclarationBody,
  ResidentResultSchema,
  StaffDeclarationBody,
} from './declarations.schema.js'
import { declareByStaff, listDeclarations } from './declarations.service.js'
import { declareAsResident, placeForResident } from './resident.service.js'
import { residentCodeRoutes } from './code.routes.js'
import { claimsRoutes } from './claims.routes.js'
import { AppError } from '../../core/errors.js'
import { SmsErrors, smsProvider } from '../sms/index.js'

const tags = ['declarations']

export function declarationsRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/declarations',
    {
      schema: { tags, querystring: DeclarationQuerySchema, response: { 200: DeclarationPage } },
      config: {
        permission: 'declaration:read',
        scope: { query: { regionId: 'region', personId: 'person' } },
      },
    },
    async (req) => listDeclarations(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/declarations',
    {
      schema: {
        tags,
        body: StaffDeclarationBody,
        response: { 201: Type.Object({ declaration: DeclarationSchema, keyPerson: Type.Boolean() }) },
      },
      config: {
        permission: 'declaration:write',
        scope: { body: { personId: 'person', regionId: 'region' } },
      },
    },
    async (req, reply) => {
      const { personId, ...input } = req.body
      const { declaration, keyPersons } = await inTransaction(app.db, (trx) =>
        declareByStaff(trx, req.actor, personId, input),
      )
      return reply.code(201).send({ declaration, keyPerson: keyPersons.length > 0 })
    },
  )
  // The resident's own endpoints: no account, reached from a poster's QR code.
  r.get(
    '/api/v1/r/places/:code',
    {
      schema: {
        tags: ['resident'],
        params: Type.Object(
          { code: Type.String({ minLength: 1, maxLength: 16 }) },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({
            code: Type.String(),
            name: Type.String(),
            regionName: Type.String(),
            /** codes are sent by SMS (else identity is confirmed in person only) */
            sms: Type.Boolean(),
          }),
        },
      },
      config: { public: true, scope: 'public' },
    },
    async (req) => placeForResident(app.db, req.params.code, smsProvider(app.config.sms) !== null),
  )
  r.post(
    '/api/v1/r/declarations',
    {
      schema: { tags: ['resident'], body: ResidentDeclarationBody, response: { 201: ResidentResultSchema } },
      config: { public: true, rateLimit: {}, scope: 'public' },
    },
    async (req, reply) => {
      reply.header('cache-control', 'no-store')
      const outcome = await inTransaction(app.db, (trx) => declareAsResident(trx, req.body, app.config))
      // refused after the commit, so that the wrong try counts
      if ('codeRejected' in outcome) throw new AppError(SmsErrors.CODE_INVALID, { field: 'code' })
      return reply.code(201).send(outcome)
    },
  )
  residentCodeRoutes(app)
  claimsRoutes(app)
}
