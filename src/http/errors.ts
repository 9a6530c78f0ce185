import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { AppError, errorMessage, errorSpec, CommonErrors } from '../core/errors.js'
import { langOf } from '../core/fastify.js'

function toAppError(err: FastifyError): AppError {
  if (err instanceof AppError) return err
  if (err.validation) {
    const first = err.validation[0]
    const where = (first?.instancePath || '').replace(/^\//, '') || err.validationContext || ''
    return new AppError(CommonErrors.VALIDATION_FAILED, { detail: `${where} ${first?.message ?? ''}`.trim() })
  }
  switch (err.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(CommonErrors.UNSUPPORTED_MEDIA_TYPE)
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(CommonErrors.PAYLOAD_TOO_LARGE)
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError(CommonErrors.BAD_JSON)
  }
  if (err instanceof SyntaxError && err.statusCode === 400) return new AppError(CommonErrors.BAD_JSON)
  if (err.statusCode === 404) return new AppError(CommonErrors.ROUTE_NOT_FOUND)
  if (err.statusCode && err.statusCode < 500)
    return new AppError(CommonErrors.VALIDATION_FAILED, { detail: err.code ?? '' })
  return new AppError(CommonErrors.INTERNAL)
}

export function sendError(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(err)
  const status = errorSpec(appError.code)?.status ?? 500
  if (status >= 500)
    req.log.error({ err: { message: err.message, code: err.code, stack: err.stack } }, 'request failed')
  return reply.status(status).send({
    error: { code: appError.code, message: errorMessage(appError.code, langOf(req), appError.details) },
  })
}
