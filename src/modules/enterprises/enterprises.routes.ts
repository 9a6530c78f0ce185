import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams } from '../../core/schemas.js'
import { base64BodyLimit, UPLOAD_LIMITS } from '../../core/uploads.js'
import {
  AlertSchema,
  EnterpriseBody,
  EnterpriseSchema,
  HireBody,
  HireDeclarationBody,
  HireLinkSchema,
  HireSchema,
  ImportHiresBody,
  ImportHiresResult,
  PendingLinkSchema,
  UpdateEnterpriseBody,
} from './enterprises.schema.js'
import { listAlerts } from './alerts.service.js'
import { createEnterprise, listEnterprises, updateEnterprise } from './enterprises.service.js'
import { addHire, declareForHire, importHires, listHires } from './hires.service.js'
import { decideLink, listPendingLinks } from './links.service.js'

const tags = ['enterprises']
// Both sides: the liaison (own enterprises, colours only) and community staff (their scope).
const hires = { permission: 'enterprise:hires' }
const write = { permission: 'enterprise:write' }

export function enterprisesRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/enterprises',
    {
      schema: { tags, response: { 200: Type.Array(EnterpriseSchema) } },
      config: { ...hires, scope: 'subtree' },
    },
    async (req) => listEnterprises(app.db, req.actor),
  )
  r.post(
    '/api/v1/enterprises',
    {
      schema: { tags, body: EnterpriseBody, response: { 201: EnterpriseSchema } },
      config: { ...write, scope: { body: { regionId: 'region', liaisonId: 'liaison' } } },
    },
    async (req, reply) =>
      reply.code(201).send(await inTransaction(app.db, (trx) => createEnterprise(trx, req.actor, req.body))),
  )
  r.patch(
    '/api/v1/enterprises/:id',
    {
      schema: { tags, params: IdParams, body: UpdateEnterpriseBody, response: { 200: EnterpriseSchema } },
      config: { ...write, scope: { url: 'enterprise', body: { regionId: 'region', liaisonId: 'liaison' } } },
    },
    async (req) => inTransaction(app.db, (trx) => updateEnterprise(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/enterprises/:id/hires',
    {
      schema: { tags, params: IdParams, response: { 200: Type.Array(HireSchema) } },
      config: { ...hires, scope: { url: 'enterprise' } },
    },
    // colours are recomputed on read: in a transaction like any write
    async (req) => inTransaction(app.db, (trx) => listHires(trx, req.actor, req.params.id)),
  )
  r.post(
    '/api/v1/enterprises/:id/hires',
    {
      schema: { tags, params: IdParams, body: HireBody, response: { 201: HireSchema } },
      config: {
        ...hires,
        sampleBody: { name: '样例', docType: 'id_card', docNumber: '350105199001010015' },
        scope: { url: 'enterprise' },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await inTransaction(app.db, (trx) => addHire(trx, req.actor, req.params.id, req.body))),
  )
  r.post(
    '/api/v1/enterprises/:id/hires/import',
    {
      schema: { tags, params: IdParams, body: ImportHiresBody, response: { 200: ImportHiresResult } },
      config: { ...hires, scope: { url: 'enterprise' } },
      // a liaison's list of new hires: 2 MB of file, sent as base64
      bodyLimit: base64BodyLimit(UPLOAD_LIMITS.hires),
    },
    async (req) =>
      inTransaction(app.db, (trx) =>
        importHires(trx, req.actor, req.params.id, Buffer.from(req.body.content, 'base64')),
      ),
  )
  r.post(
    '/api/v1/enterprise-hires/:id/declaration',
    {
      schema: {
        tags,
        params: IdParams,
        body: HireDeclarationBody,
        response: { 200: Type.Object({ id: Type.String(), colour: Type.String() }) },
      },
      config: { ...hires, scope: { url: 'enterprise_hire' } },
    },
    async (req) => inTransaction(app.db, (trx) => declareForHire(trx, req.actor, req.params.id, req.body)),
  )
  r.get(
    '/api/v1/enterprise-alerts',
    { schema: { tags, response: { 200: Type.Array(AlertSchema) } }, config: { ...hires, scope: 'subtree' } },
    async (req) => listAlerts(app.db, req.actor),
  )
  // The person's community decides on links from enterprises elsewhere (scope: the person).
  r.get(
    '/api/v1/enterprise-hires/pending',
    {
      schema: { tags, response: { 200: Type.Array(PendingLinkSchema) } },
      config: { ...write, scope: 'subtree' },
    },
    async (req) => listPendingLinks(app.db, req.actor),
  )
  for (const [verb, accept] of [
    ['accept', true],
    ['refuse', false],
  ] as const)
    r.post(
      `/api/v1/enterprise-hires/:id/${verb}`,
      {
        schema: {
          tags,
          params: IdParams,
          response: { 200: Type.Object({ id: Type.String(), link: HireLinkSchema }) },
        },
        config: { ...write, scope: { url: 'enterprise_hire_pending' } },
      },
      async (req) => inTransaction(app.db, (trx) => decideLink(trx, req.actor, req.params.id, accept)),
    )
}
