// 获取验证码: always the same answer, whether or not the number is on file; the code goes
// to the phone on file (or the one typed for a number not on file), sent after the commit
// and not awaited, so the answer's timing does not depend on whether anything was sent.
import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { AppError, defineErrors } from '../../core/errors.js'
import { issueCode, smsProvider } from '../sms/index.js'
import { ResidentCodeBody } from './declarations.schema.js'
import { codeDestination } from './resident.service.js'

export const CodeErrors = defineErrors({
  // not a server fault: this deployment chose not to send codes (the page then offers none)
  SMS_OFF: {
    status: 409,
    zh: '本地未开通短信验证码，请在卡点或社区出示身份证核验',
    en: 'SMS codes are not set up here: show your identity card at a gate or the community office',
  },
})

export function residentCodeRoutes(app: App) {
  const r = typed(app)
  r.post(
    '/api/v1/resident/code',
    {
      schema: {
        tags: ['resident'],
        body: ResidentCodeBody,
        response: { 202: Type.Object({ sent: Type.Literal(true) }) },
      },
      config: { public: true, rateLimit: {}, scope: 'public' },
    },
    async (req, reply) => {
      const provider = smsProvider(app.config.sms)
      if (!provider) throw new AppError(CodeErrors.SMS_OFF)
      const send = await inTransaction(app.db, async (trx) => {
        const to = await codeDestination(trx, req.body)
        return issueCode(trx, { ...to, address: req.ip })
      })
      if (send)
        provider.send(send.phone, send.code).catch((err: Error) => {
          // the message names the provider's answer, never the phone or the code
          req.log.warn({ err: err.message }, 'sms send failed')
        })
      return reply.code(202).send({ sent: true })
    },
  )
}
