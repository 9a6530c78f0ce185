import { Type } from 'typebox'
import { typed, type App } from '../../core/fastify.js'
import { inTransaction } from '../../db/db.js'
import { IdParams, Ok, Paged } from '../../core/schemas.js'
import { sessionCookieName } from '../../core/fastify.js'
import { actionsOf } from '../../core/permissions.js'
import { smsProvider } from '../sms/index.js'
import { login, logout } from './sessions.service.js'
import {
  changeOwnPassword,
  createUser,
  getUserInScope,
  resetPassword,
  revealUserPhone,
  searchUsers,
  toUserView,
  updateUser,
} from './users.service.js'
import {
  ChangePasswordBody,
  CreateUserBody,
  LoginBody,
  MeSchema,
  RevealBody,
  UpdateUserBody,
  UserListQuery,
  UserSchema,
} from './auth.schema.js'

const tags = ['accounts']
// an admin gets the one-time password to hand over; anyone else learns that the holder
// activates the account by SMS (activation.ts)
const OneTime = Type.Object({
  user: Type.Optional(UserSchema),
  oneTimePassword: Type.Optional(Type.String()),
  activation: Type.Optional(Type.Literal('sms')),
})

export function authRoutes(app: App) {
  const r = typed(app)
  const self = { permission: 'self', allowWithOneTimePassword: true } as const
  const smsOn = smsProvider(app.config.sms) !== null

  r.post(
    '/api/v1/auth/login',
    {
      schema: { tags, body: LoginBody, response: { 200: Type.Object({ user: UserSchema }) } },
      config: { public: true, scope: 'public' },
    },
    async (req, reply) => {
      const { token, user } = await login(app.db, app.config, { ...req.body, ip: req.ip })
      reply.setCookie(sessionCookieName(app.config), token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: app.config.secureCookies,
        path: '/',
        maxAge: app.config.sessionMaxHours * 3600,
      })
      return { user }
    },
  )
  r.post(
    '/api/v1/auth/logout',
    { schema: { tags, response: { 200: Ok } }, config: { ...self, scope: 'self' } },
    async (req, reply) => {
      await logout(app.db, req.actor, req.sessionToken!)
      reply.clearCookie(sessionCookieName(app.config), {
        path: '/',
        secure: app.config.secureCookies,
      })
      return { ok: true }
    },
  )
  r.get(
    '/api/v1/auth/me',
    { schema: { tags, response: { 200: MeSchema } }, config: { ...self, scope: 'self' } },
    async (req) => ({
      user: toUserView(await getUserInScope(app.db, req.actor, req.actor.userId!)),
      actions: actionsOf(req.actor.role),
      scopePath: req.actor.scopePath,
      timeZone: app.config.timeZone,
    }),
  )
  r.post(
    '/api/v1/auth/password',
    { schema: { tags, body: ChangePasswordBody, response: { 200: Ok } }, config: { ...self, scope: 'self' } },
    async (req) => {
      await inTransaction(app.db, (trx) =>
        changeOwnPassword(trx, req.actor, req.body.current, req.body.next, req.sessionToken),
      )
      return { ok: true }
    },
  )

  r.get(
    '/api/v1/users',
    {
      schema: { tags, querystring: UserListQuery, response: { 200: Paged(UserSchema) } },
      config: { permission: 'user:read', scope: 'subtree' },
    },
    async (req) => searchUsers(app.db, req.actor, req.query),
  )
  r.post(
    '/api/v1/users',
    {
      schema: { tags, body: CreateUserBody, response: { 201: OneTime } },
      // usernames are unique; a street officer may make only accounts with fewer powers
      config: {
        permission: 'user:write',
        scope: { body: { scopeRegionId: 'region' } },
        sampleBody: { username: 'walk-{unique}', role: 'grid_member', phone: '13812345678' },
      },
    },
    async (req, reply) =>
      reply
        .code(201)
        .send(await inTransaction(app.db, (trx) => createUser(trx, req.actor, req.body, { smsOn }))),
  )
  r.get(
    '/api/v1/users/:id',
    {
      schema: { tags, params: IdParams, response: { 200: UserSchema } },
      config: { permission: 'user:read', scope: { url: 'user' } },
    },
    async (req) => toUserView(await getUserInScope(app.db, req.actor, req.params.id)),
  )
  r.patch(
    '/api/v1/users/:id',
    {
      schema: { tags, params: IdParams, body: UpdateUserBody, response: { 200: UserSchema } },
      config: { permission: 'user:write', scope: { url: 'user', body: { scopeRegionId: 'region' } } },
    },
    async (req) => inTransaction(app.db, (trx) => updateUser(trx, req.actor, req.params.id, req.body)),
  )
  r.post(
    '/api/v1/users/:id/reset-password',
    {
      schema: { tags, params: IdParams, response: { 200: OneTime } },
      config: { permission: 'user:write', scope: { url: 'user' } },
    },
    async (req) => inTransaction(app.db, (trx) => resetPassword(trx, req.actor, req.params.id, smsOn)),
  )
  r.post(
    '/api/v1/users/:id/reveal-phone',
    {
      schema: {
        tags,
        params: IdParams,
        body: RevealBody,
        response: { 200: Type.Object({ phone: Type.Union([Type.String(), Type.Null()]) }) },
      },
      config: { permission: 'user:write', scope: { url: 'user' } },
    },
    async (req) =>
      inTransaction(app.db, (trx) => revealUserPhone(trx, req.actor, req.params.id, req.body.reason)),
  )
}
