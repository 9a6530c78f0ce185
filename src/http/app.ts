import Fastify, { type FastifyError, type FastifyInstance } from 'fastify'
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

  // Security headers. helmet's middleware is built once here: @fastify/helmet builds it
  // anew for every request, which cost a gate's passage post about 17 µs.
  const securityHeaders = helmet({
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
  })
  app.addHook('onRequest', (req, reply, done) =>
    securityHeaders(req.raw, reply.raw, (err) => done(err as never)),
  )
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
  await registerWeb(app)
  return app
}
