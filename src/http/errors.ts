import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
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
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new AppError(CommonErrors.BAD_REQUEST)
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

/**
 * A request Node could not parse (a request line with raw non-ASCII bytes, a URL or headers
 * over the limit, a timeout) never reaches Fastify: it is answered here, in the app's error
 * shape, with `Connection: close`, and the socket is ended after the answer, so a keep-alive
 * client knows not to send its next request on it. Chinese: there are no headers to ask.
 */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Socket) {
  if (err.code === 'ECONNRESET' || socket.destroyed) return
  const appError =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError(CommonErrors.HEADERS_TOO_LARGE)
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new AppError(CommonErrors.REQUEST_TIMEOUT)
        : new AppError(CommonErrors.BAD_REQUEST)
  const status = appError.status
  const body = JSON.stringify({ error: { code: appError.code, message: errorMessage(appError.code, 'zh') } })
  if (socket.writable)
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    )
  else socket.destroy()
}
