// 激活账号: the sign-in page's "first sign-in" for an account made or reset by an officer.
// The code request answers the same whether or not the name and phone are on file; the code
// is sent after the commit and not awaited, so the timing tells nothing either.
import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { Ok, Text } from '../../core/schemas.js'
import { AppError } from '../../core/errors.js'
import { smsProvider, SmsErrors } from '../sms/index.js'
import { ActivationErrors, activateAccount, requestActivationCode } from './activation.js'

const tags = ['accounts']
const ActivationCodeBody = Type.Object(
  { username: Text(64), phone: Type.String({ minLength: 1, maxLength: 20 }) },
  { additionalProperties: false },
)
const ActivationBody = Type.Object(
  {
    username: Text(64),
    code: Type.String({ pattern: '^[0-9]{6}$' }),
    password: Type.String({ minLength: 1, maxLength: 256 }),
  },
  { additionalProperties: false },
)

export function activationRoutes(app: App) {
  const r = typed(app)
  const provider = smsProvider(app.config.sms)
  const open = { public: true, rateLimit: {}, scope: 'public' } as const
  r.post(
    '/api/v1/auth/activation/code',
    {
      schema: {
        tags,
        body: ActivationCodeBody,
        response: { 202: Type.Object({ sent: Type.Literal(true) }) },
      },
      config: open,
    },
    async (req, reply) => {
      if (!provider) throw new AppError(ActivationErrors.ACCOUNT_BY_ADMIN)
      const send = await inTransaction(app.db, (trx) => requestActivationCode(trx, req.body, req.ip))
      if (send)
        provider.send(send.phone, send.code).catch((err: Error) => {
          // the message names the provider's answer, never the phone or the code
          req.log.warn({ err: err.message }, 'sms send failed')
        })
      return reply.code(202).send({ sent: true })
    },
  )
  r.post(
    '/api/v1/auth/activation',
    { schema: { tags, body: ActivationBody, response: { 200: Ok } }, config: open },
    async (req) => {
      // committed either way: a wrong code counts a try
      const done = await inTransaction(app.db, (trx) => activateAccount(trx, req.body))
      if (!done) throw new AppError(SmsErrors.CODE_INVALID)
      return { ok: true }
    },
  )
}
