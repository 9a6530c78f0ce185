import Fastify, { LogController, type FastifyError, type FastifyInstance } from 'fastify'
import type { IncomingMessage, ServerResponse } from 'node:http'
import helmet from 'helmet'
import cookie from '@fastify/cookie'
import rateLimit from '@fastify/rate-limit'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { sql } from 'kysely'
import type { Config } from '../config.js'
import type { Db } from '../db/db.js'
import { installModules, modules } from '../modules/index.js'
import { registerAuth } from './auth.js'
import { registerCrossSite } from './cross-site.js'
import { AppError, CommonErrors } from '../core/errors.js'
import { clientErrorHandler, sendError } from './errors.js'
import { registerMetrics } from './metrics.js'
import { registerNoStore, registerOperatorGate } from './operator.js'
import { registerWeb } from './web.js'
import { badInputError, findBadInput, validatorCompiler } from './validation.js'
import '../core/fastify.js'
import { foldAllAuditInbox, foldAuditInbox } from '../core/audit-inbox.js'

export interface AppDeps {
  db: Db
  /** false in tests that only inject requests */
  logger?: boolean
  /** where JSON logs go (default stdout) */
  logStream?: NodeJS.WritableStream
}

// Logs carry method, route and status, never a query string or a body: those may hold
// document numbers and phones.
const logSerializers = {
  req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({
    id: req.id,
    method: req.method,
    route: req.routeOptions?.url ?? req.url.split('?')[0],
  }),
}

/** Moves the audit inbox's entries onto the chain (src/core/audit-inbox.ts), and all of them at close. */
function foldAuditInboxEverySecond(app: FastifyInstance) {
  let running: Promise<unknown> = Promise.resolve()
  const fold = (all: boolean) =>
    (running = running
      .then(async () => void (all ? await foldAllAuditInbox(app.db) : await foldAuditInbox(app.db)))
      .catch((e: Error) => app.log.error({ err: { message: e.message } }, 'audit inbox fold failed')))
  let timer: NodeJS.Timeout | undefined
  app.addHook('onReady', async () => void (timer = setInterval(() => void fold(false), 1000).unref()))
  // onClose runs after preClose, where the passage committer answers what it holds
  app.addHook('onClose', async () => {
    clearInterval(timer)
    await fold(true)
  })
}

/** The headers a request-independent middleware sets, found by running it once. */
function headersOf(
  middleware: (req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void) => void,
): [string, string | number | readonly string[]][] {
  const headers: [string, string | number | readonly string[]][] = []
  const res = { setHeader: (name: string, value: string) => headers.push([name, value]), removeHeader() {} }
  middleware({} as IncomingMessage, res as unknown as ServerResponse, (err) => {
    if (err) throw err
  })
  return headers
}

export async function buildApp(config: Config, deps: AppDeps): Promise<FastifyInstance> {
  installModules(config)
  const { trustProxy } = config
  const app = Fastify({
    logger:
      deps.logger === false
        ? false
        : {
            level: config.logLevel,
            serializers: logSerializers,
            ...(deps.logStream && { stream: deps.logStream }),
          },
    // A line per request (two, in fact) cost a gate's passage post more than its database
    // write: at info, only failures are logged (src/http/errors.ts) and /metrics counts the
    // rest; LOG_LEVEL=debug brings back a line per request.
    logController: new LogController({
      disableRequestLogging: !['debug', 'trace'].includes(config.logLevel),
    }),
    bodyLimit: config.bodyLimitBytes,
    // a hop count trusts that many peers nearest the server; a list, only those addresses
    trustProxy:
      typeof trustProxy === 'number' ? (_address: string, hop: number) => hop < trustProxy : trustProxy,
    // errors before routing (a malformed URL, an unparsable request) in the app's error shape
    frameworkErrors: (err, req, reply) => sendError(err, req, reply),
    clientErrorHandler,
  })
  app.setValidatorCompiler(validatorCompiler)
  app.decorate('db', deps.db)
  app.decorate('config', config)
  app.setErrorHandler((err: FastifyError, req, reply) => sendError(err, req, reply))
  app.setNotFoundHandler((req, reply) => sendError({ statusCode: 404 } as FastifyError, req, reply))
  // The validator checks the text of every part a route has a schema for; the parts it has
  // none for are checked here, strictly (one line, no control characters).
  app.addHook('preValidation', (req, _reply, done) => {
    const schema = req.routeOptions.schema
    const parts = [
      ['querystring', req.query, schema?.querystring],
      ['params', req.params, schema?.params],
      ['body', req.body, schema?.body],
    ] as const
    for (const [part, value, checked] of parts) {
      const fault = checked ? undefined : findBadInput(value)
      if (fault) return done(badInputError(fault, part))
    }
    done()
  })

  // Security headers. They do not depend on the request, so helmet is asked once, here, and
  // its answer is replayed on every reply (running its middleware per request, as
  // @fastify/helmet does, cost a gate's passage post about 17 µs).
  const securityHeaders = headersOf(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // antd writes its styles at run time
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          workerSrc: ["'self'"],
          connectSrc: ["'self'"],
          upgradeInsecureRequests: null,
        },
      },
      // two years and subdomains once the deployment is HTTPS (LIANFANG_PUBLIC_URL https://…)
      hsts: config.secureCookies && { maxAge: 63_072_000, includeSubDomains: true },
    }),
  )
  app.addHook('onRequest', (_req, reply, done) => {
    for (const [name, value] of securityHeaders) reply.raw.setHeader(name, value)
    done()
  })
  await app.register(cookie)
  registerNoStore(app)
  registerCrossSite(app)
  // Only routes that ask for it (config.rateLimit: the resident entry) are limited; a whole
  // compound behind one carrier NAT address shares the allowance, hence a generous default.
  await app.register(rateLimit, {
    global: false,
    max: config.publicRatePerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: () => new AppError(CommonErrors.RATE_LIMITED),
  })
  await app.register(swagger, {
    openapi: {
      info: { title: 'Lianfang 联防 API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lf_session' } } },
    },
  })
  await app.register(swaggerUi, { routePrefix: '/api/docs' })
  registerAuth(app)
  registerOperatorGate(app)
  registerMetrics(app)

  app.get('/healthz', { config: { public: true }, schema: { hide: true } }, async (_req, reply) => {
    await sql`select 1`.execute(app.db)
    return reply.send({ status: 'ok' })
  })
  for (const m of modules) await m.routes?.(app)
  foldAuditInboxEverySecond(app)
  await registerWeb(app)
  return app
}
