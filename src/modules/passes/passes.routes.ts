import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { IdParams } from '../../core/schemas.js'
import { inTransaction } from '../../db/db.js'
import {
  decideColourChange,
  listColourChanges,
  requestColourChange,
  setCaseStatus,
} from './manual.service.js'
import { colourView } from './colour.view.js'
import { publicRules, ruleVersions, saveRules } from './rules.service.js'
import { reissuePass, revokePass, verifyOnServer } from './pass.service.js'
import { listKeys, rotateSigningKey } from './keys.service.js'
import { confirmPass } from './confirm.service.js'
import {
  CaseStatusBody,
  ColourChangeBody,
  ColourChangeSchema,
  ColourViewSchema,
  IssuedPassSchema,
  PublicRulesSchema,
  RuleVersionSchema,
  RulesBody,
  VerificationSchema,
  VerifyBody,
} from './passes.schema.js'

const tags = ['passes']
const Reason = Type.Object(
  { reason: Type.String({ minLength: 2, maxLength: 200 }) },
  { additionalProperties: false },
)

export function passesStaffRoutes(app: App) {
  const r = typed(app)
  r.get(
    '/api/v1/colour-rules/versions',
    {
      schema: { tags, response: { 200: Type.Array(RuleVersionSchema) } },
      config: { permission: 'colour:read', scope: 'deployment' },
    },
    async () => ruleVersions(app.db),
  )
  r.put(
    '/api/v1/colour-rules',
    {
      schema: { tags, body: RulesBody, response: { 200: PublicRulesSchema } },
      config: { permission: 'colour:rules', scope: 'deployment' },
    },
    async (req) => inTransaction(app.db, (trx) => saveRules(trx, req.actor, req.body)),
  )
  r.get(
    '/api/v1/colours/:id',
    {
      schema: { tags, params: IdParams, response: { 200: ColourViewSchema } },
      config: { permission: 'colour:read', scope: { url: 'person' } },
    },
    async (req) => inTransaction(app.db, (trx) => colourView(trx, req.actor, req.params.id)),
  )
  r.put(
    '/api/v1/colours/:id/case-status',
    {
      schema: { tags, params: IdParams, body: CaseStatusBody },
      config: { permission: 'colour:case', scope: { url: 'person' } },
    },
    async (req) => inTransaction(app.db, (trx) => setCaseStatus(trx, req.actor, req.params.id, req.body)),
  )
  r.post(
    '/api/v1/colours/:id/changes',
    {
      schema: { tags, params: IdParams, body: ColourChangeBody, response: { 201: ColourChangeSchema } },
      config: { permission: 'colour:request', scope: { url: 'person' } },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(
          await inTransaction(app.db, (trx) => requestColourChange(trx, req.actor, req.params.id, req.body)),
        ),
  )
  r.get(
    '/api/v1/colour-changes',
    {
      schema: {
        tags,
        querystring: Type.Object(
          {
            status: Type.Optional(
              Type.Union([Type.Literal('pending'), Type.Literal('approved'), Type.Literal('rejected')]),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Array(ColourChangeSchema) },
      },
      config: { permission: 'colour:read', scope: 'subtree' },
    },
    async (req) => listColourChanges(app.db, req.actor, req.query.status ?? 'pending'),
  )
  for (const [verb, approve] of [
    ['approve', true],
    ['reject', false],
  ] as const)
    r.post(
      `/api/v1/colour-changes/:id/${verb}`,
      {
        schema: { tags, params: IdParams, response: { 200: ColourChangeSchema } },
        config: { permission: 'colour:approve', scope: { url: 'colour_change' } },
      },
      async (req) =>
        inTransaction(app.db, (trx) => decideColourChange(trx, req.actor, req.params.id, approve)),
    )
  r.post(
    '/api/v1/colours/:id/pass',
    {
      schema: { tags, params: IdParams, response: { 200: IssuedPassSchema } },
      config: { permission: 'pass:issue', scope: { url: 'person' } },
    },
    async (req) => inTransaction(app.db, (trx) => reissuePass(trx, req.actor, req.params.id, app.config)),
  )
  r.post(
    '/api/v1/passes/verify',
    {
      schema: { tags, body: VerifyBody, response: { 200: VerificationSchema } },
      config: { permission: 'pass:verify', scope: 'subtree' },
    },
    async (req) => inTransaction(app.db, (trx) => verifyOnServer(trx, req.body.qr, app.config.deploymentId)),
  )
  r.post(
    '/api/v1/passes/confirm',
    {
      schema: {
        tags,
        body: VerifyBody,
        response: {
          200: Type.Object({ confirmed: Type.Literal(true), name: Type.String(), last4: Type.String() }),
        },
      },
      // the QR names a pass, hence a person: one outside the actor's scope answers 404
      config: { permission: 'pass:confirm', scope: { body: { qr: 'pass_qr' } } },
    },
    async (req) => inTransaction(app.db, (trx) => confirmPass(trx, req.actor, req.body.qr)),
  )
  r.post(
    '/api/v1/passes/:id/revoke',
    {
      schema: { tags, params: IdParams, body: Reason },
      config: { permission: 'pass:revoke', scope: { url: 'pass' } },
    },
    async (req) => {
      await inTransaction(app.db, (trx) => revokePass(trx, req.actor, req.params.id, req.body.reason))
      return { ok: true }
    },
  )
  r.get(
    '/api/v1/pass-keys',
    { schema: { tags }, config: { permission: 'pass:keys', scope: 'deployment' } },
    async () => listKeys(app.db),
  )
  r.post(
    '/api/v1/pass-keys/rotate',
    { schema: { tags }, config: { permission: 'pass:keys', scope: 'deployment' } },
    async (req) => inTransaction(app.db, (trx) => rotateSigningKey(trx, req.actor)),
  )
  r.get(
    '/api/v1/colour-rules',
    { schema: { tags, response: { 200: PublicRulesSchema } }, config: { public: true, scope: 'public' } },
    async () => publicRules(app.db),
  )
}
